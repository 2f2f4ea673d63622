package com.pvsconsole.service.actions;

import com.pvsconsole.api.InstanceAction;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the console lets a user do to an instance, which states allow it and which state the
 * instance settles in afterwards. The rules follow the service's documented lifecycle; an
 * instance in a transitional state (BUILD, RESIZE, DELETING...) takes no action but delete.
 */
public enum InstanceActionKind {
    START(InstanceAction.START, "ACTIVE", Set.of("SHUTOFF")),
    STOP(InstanceAction.STOP, "SHUTOFF", Set.of("ACTIVE", "WARNING")),
    SOFT_REBOOT(InstanceAction.SOFT_REBOOT, "ACTIVE", Set.of("ACTIVE", "WARNING")),
    HARD_REBOOT(InstanceAction.HARD_REBOOT, "ACTIVE", Set.of("ACTIVE", "WARNING", "ERROR")),
    IMMEDIATE_SHUTDOWN(InstanceAction.IMMEDIATE_SHUTDOWN, "SHUTOFF", Set.of("ACTIVE", "WARNING", "ERROR")),
    RESET_STATE(InstanceAction.RESET_STATE, "ACTIVE", Set.of("ERROR", "WARNING", "VERIFY_RESIZE")),
    DELETE(null, null, Set.of("ACTIVE", "SHUTOFF", "ERROR", "WARNING", "VERIFY_RESIZE", "BUILD"));

    private final InstanceAction apiAction;
    private final String settledStatus;
    private final Set<String> allowedFrom;

    InstanceActionKind(InstanceAction apiAction, String settledStatus, Set<String> allowedFrom) {
        this.apiAction = apiAction;
        this.settledStatus = settledStatus;
        this.allowedFrom = allowedFrom;
    }

    /** The API action, empty for delete (a different call). */
    public Optional<InstanceAction> apiAction() {
        return Optional.ofNullable(apiAction);
    }

    /** The status the instance ends in (ACTIVE after START), empty for delete (it disappears). */
    public Optional<String> settledStatus() {
        return Optional.ofNullable(settledStatus);
    }

    public boolean allowedFrom(String status) {
        return status != null && allowedFrom.contains(status.toUpperCase(Locale.ROOT));
    }

    /** Disruptive actions ask before they run. */
    public boolean needsConfirmation() {
        return this != START;
    }
}
