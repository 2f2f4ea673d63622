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
    DELETE(null, null, Set.of("ACTIVE", "SHUTOFF", "ERROR", "WARNING", "VERIFY_RESIZE", "BUILD")),
    /** A new instance: followed from BUILD until ACTIVE (or ERROR); never a toolbar action of its own. */
    CREATE(null, "ACTIVE", Set.of()),
    /** Processors, memory or processor type changed: RESIZE until it rests again (running or stopped). */
    RESIZE(null, "ACTIVE", Set.of("ACTIVE", "SHUTOFF"), Set.of("ACTIVE", "SHUTOFF", "VERIFY_RESIZE")),
    /** Captured to an image (a job): allowed while the instance is running or stopped. */
    CAPTURE(null, null, Set.of("ACTIVE", "SHUTOFF", "WARNING"));

    private final InstanceAction apiAction;
    private final String settledStatus;
    private final Set<String> allowedFrom;
    private final Set<String> restingStates;

    InstanceActionKind(InstanceAction apiAction, String settledStatus, Set<String> allowedFrom) {
        this(apiAction, settledStatus, allowedFrom, settledStatus == null ? Set.of() : Set.of(settledStatus));
    }

    InstanceActionKind(InstanceAction apiAction, String settledStatus, Set<String> allowedFrom,
                       Set<String> restingStates) {
        this.apiAction = apiAction;
        this.settledStatus = settledStatus;
        this.allowedFrom = allowedFrom;
        this.restingStates = restingStates;
    }

    /** Whether a followed instance in {@code status} has finished this change (ERROR is handled apart). */
    public boolean settlesIn(String status) {
        return status != null && restingStates.contains(status.toUpperCase(Locale.ROOT));
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
