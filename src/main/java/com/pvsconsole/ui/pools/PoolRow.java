package com.pvsconsole.ui.pools;

import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.List;
import java.util.Objects;

/**
 * One shared processor pool as the table shows it, with the workspace it lives in and the names of the
 * servers that run in it (they count against its reserve).
 */
public record PoolRow(WorkspaceScope scope, SharedProcessorPool pool, List<String> members) {

    public PoolRow {
        members = List.copyOf(members);
    }

    public String id() {
        return pool.id();
    }

    public String name() {
        return Objects.requireNonNullElse(pool.name(), "");
    }

    public String hostGroup() {
        return Objects.requireNonNullElse(pool.hostGroup(), "");
    }

    public long reserved() {
        return pool.reservedCores() == null ? 0 : pool.reservedCores();
    }

    public double allocated() {
        return pool.allocatedCores() == null ? 0 : pool.allocatedCores();
    }

    public double available() {
        return pool.availableCores() == null ? reserved() - allocated() : pool.availableCores();
    }

    public String status() {
        return Objects.requireNonNullElse(pool.status(), "");
    }

    public String memberNames() {
        return String.join(", ", members);
    }

    /** The SPP placement groups the pool is in, by name. */
    public String sppGroups() {
        return pool.sharedProcessorPoolPlacementGroups() == null ? "" : String.join(", ",
                pool.sharedProcessorPoolPlacementGroups().stream().map(g -> g.name()).toList());
    }

    static String cores(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
