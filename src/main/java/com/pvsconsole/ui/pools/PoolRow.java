package com.pvsconsole.ui.pools;

import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.List;
import java.util.Objects;

/**
 * One shared processor pool as the table shows it, with the workspace it lives in, the names of the servers
 * that run in it (they count against its reserve) and the SPP placement groups that list it, both read from the
 * store's instances and SPP placement groups, so a member change shows without reading the pool again.
 */
public record PoolRow(WorkspaceScope scope, SharedProcessorPool pool, List<String> members, List<String> sppGroupNames) {

    public PoolRow {
        members = List.copyOf(members);
        sppGroupNames = List.copyOf(sppGroupNames);
    }

    /** The pool as Copy as code names it. */
    public CodeAction.Ref ref() {
        return new CodeAction.Ref(pool.id(), pool.name());
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
        return String.join(", ", sppGroupNames);
    }

    static String cores(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
