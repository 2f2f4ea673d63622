package com.pvsconsole.service.inventory;

/**
 * The lists the store keeps for a workspace: one list call each per refresh. Instances, volumes
 * and networks are kept for every workspace; images, SSH keys, events, jobs, shared processor pools,
 * placement groups and SPP placement groups only while a view
 * needs them for that workspace ({@link InventoryService#need}), so no call is made for a page
 * nobody opened. Snapshots are lazy: listed only when a view asks ({@link InventoryService#load})
 * and kept current by the snapshot actions that follow them, never by a refresh.
 */
public enum ResourceKind {
    INSTANCES("Load instances", false),
    VOLUMES("Load volumes", false),
    NETWORKS("Load networks", false),
    IMAGES("Load images", true),
    SSH_KEYS("Load SSH keys", true),
    EVENTS("Load events", true),
    JOBS("Load jobs", true),
    SNAPSHOTS("Load snapshots", false),
    SHARED_PROCESSOR_POOLS("Load shared processor pools", true),
    PLACEMENT_GROUPS("Load placement groups", true),
    SPP_PLACEMENT_GROUPS("Load SPP placement groups", true);

    private final String action;
    private final boolean onDemand;

    ResourceKind(String action, boolean onDemand) {
        this.action = action;
        this.onDemand = onDemand;
    }

    /** The task's name in Activity and in problems. */
    public String action() {
        return action;
    }

    /** True for kinds loaded only while a view needs them. */
    public boolean onDemand() {
        return onDemand;
    }
}
