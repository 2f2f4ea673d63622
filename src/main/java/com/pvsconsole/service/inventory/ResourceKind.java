package com.pvsconsole.service.inventory;

/**
 * The lists the store keeps for every workspace: one list call each per refresh, except lazy kinds
 * (snapshots), which load when a view first asks for them ({@link InventoryService#load}).
 */
public enum ResourceKind {
    INSTANCES("Load instances"),
    VOLUMES("Load volumes"),
    NETWORKS("Load networks"),
    SNAPSHOTS("Load snapshots");

    private final String action;

    ResourceKind(String action) {
        this.action = action;
    }

    /** The task's name in Activity and in problems. */
    public String action() {
        return action;
    }
}
