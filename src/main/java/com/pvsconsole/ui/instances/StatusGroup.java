package com.pvsconsole.ui.instances;

import java.util.Locale;

/** The status filter chips: the service's free-form status strings folded into five groups. */
public enum StatusGroup {
    ACTIVE("status-active"),
    SHUTOFF("status-shutoff"),
    ERROR("status-error"),
    WARNING("status-warning"),
    TRANSITION("status-transition");

    private final String styleClass;

    StatusGroup(String styleClass) {
        this.styleClass = styleClass;
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
