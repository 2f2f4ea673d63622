package com.pvsconsole.api.region;

import com.pvsconsole.api.model.Datacenter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The region catalog currently in use, shared by URL building and the region picker. Starts from the offline
 * table; {@link #refresh} folds in a live {@code GET /v1/datacenters} answer. Safe to read from any thread.
 */
public final class RegionDirectory {

    private final AtomicReference<RegionCatalog> current;

    public RegionDirectory(RegionCatalog initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public static RegionDirectory offlineDefault() {
        return new RegionDirectory(RegionCatalog.loadDefault());
    }

    public RegionCatalog catalog() {
        return current.get();
    }

    /** Merges the datacenters into the current catalog and returns the result. */
    public RegionCatalog refresh(List<Datacenter> datacenters) {
        return current.updateAndGet(catalog -> DatacenterRefresh.merge(catalog, datacenters));
    }
}
