package com.pvsconsole.service.catalog;

import com.pvsconsole.api.model.StoragePoolCapacity;
import com.pvsconsole.api.model.StoragePoolsCapacity;
import com.pvsconsole.api.model.StorageTier;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The storage a workspace offers a new volume, from its live catalogs: the active storage tiers
 * ({@code storage-tiers}) and the storage pools with the largest volume each can still take
 * ({@code storage-capacity/storage-pools}). Volume create and tier change offer only these.
 */
public record StorageOffer(List<String> tiers, List<Pool> pools) {

    public StorageOffer {
        tiers = List.copyOf(tiers);
        pools = List.copyOf(pools);
    }

    /** One storage pool and the largest volume it can take now, in GB. */
    public record Pool(String name, String storageType, long maxAllocationGb) {
    }

    public static StorageOffer from(List<StorageTier> tiers, StoragePoolsCapacity capacity) {
        // Inactive tiers are not offered (FAULTS-AND-SEMANTICS 3.4); a tier without a state is taken as active.
        List<String> active = tiers.stream()
                .filter(t -> t.name() != null && (t.state() == null || t.state().equals("active")))
                .map(StorageTier::name).sorted().toList();
        List<StoragePoolCapacity> listed = capacity == null || capacity.storagePoolsCapacity() == null
                ? List.of() : capacity.storagePoolsCapacity();
        List<Pool> pools = listed.stream().filter(p -> p.poolName() != null)
                .map(p -> new Pool(p.poolName(), Objects.requireNonNullElse(p.storageType(), ""),
                        p.maxAllocationSize() == null ? 0 : p.maxAllocationSize()))
                .sorted(Comparator.comparing(Pool::name)).toList();
        return new StorageOffer(active, pools);
    }

    public List<String> poolNames() {
        return pools.stream().map(Pool::name).toList();
    }
}
