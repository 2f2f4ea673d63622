package com.pvsconsole.service.catalog;

import com.pvsconsole.api.model.StoragePoolCapacity;
import com.pvsconsole.api.model.StoragePoolsCapacity;
import java.util.Comparator;
import java.util.List;

/** A storage pool of the workspace: its tier and the largest volume it can still take. */
public record StoragePoolOffer(String name, String tier, long maxAllocationGb) {

    /** The pools of {@code storage-capacity/storage-pools}, by name. */
    public static List<StoragePoolOffer> from(StoragePoolsCapacity capacity) {
        if (capacity == null || capacity.storagePoolsCapacity() == null) {
            return List.of();
        }
        return capacity.storagePoolsCapacity().stream()
                .filter(p -> p.poolName() != null)
                .map(StoragePoolOffer::of)
                .sorted(Comparator.comparing(StoragePoolOffer::name))
                .toList();
    }

    private static StoragePoolOffer of(StoragePoolCapacity pool) {
        return new StoragePoolOffer(pool.poolName(), pool.storageType() == null ? "" : pool.storageType(),
                pool.maxAllocationSize() == null ? 0 : pool.maxAllocationSize());
    }
}
