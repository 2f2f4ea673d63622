package com.pvsconsole.ui.instances;

import java.util.List;
import java.util.Locale;

/** The status filter chips: the service's free-form status strings folded into five groups. */
public enum StatusGroup {
    ACTIVE("status-active", "active"),
    SHUTOFF("status-shutoff", "shutoff"),
    ERROR("status-error", "error"),
    WARNING("status-warning", "warning"),
    TRANSITION("status-transition", "build", "resize", "verify_resize", "stopping", "starting", "deleting",
            "migrating", "reboot", "hard_reboot", "soft_reboot", "pending");

    private final String styleClass;
    private final List<String> statuses;

    StatusGroup(String styleClass, String... statuses) {
        this.styleClass = styleClass;
        this.statuses = List.of(statuses);
    }

    /** The status values the group's chip writes into the query ({@code status:build,resize,...}). */
    public List<String> statuses() {
        return statuses;
    }

    /** CSS class of the status badge and chip, coloured per group. */
    public String styleClass() {
        return styleClass;
    }

    public static StatusGroup of(String status) {
        String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
        return switch (s) {
            case "ACTIVE" -> ACTIVE;
            case "SHUTOFF" -> SHUTOFF;
            case "ERROR" -> ERROR;
            case "WARNING" -> WARNING;
            default -> TRANSITION;
        };
    }
}
