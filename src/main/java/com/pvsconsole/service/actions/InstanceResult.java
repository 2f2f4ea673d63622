package com.pvsconsole.service.actions;

import com.pvsconsole.service.problem.Problem;

/**
 * How an action went for one instance.
 *
 * @param problem null unless {@code outcome} is FAILED
 */
public record InstanceResult(InstanceTarget target, Outcome outcome, Problem problem) {

    /** Per-instance outcome of a (bulk) action. */
    public enum Outcome {
        /** The service accepted the action. */
        ACCEPTED,
        /** 409: the instance already was in that state; not a failure. */
        SKIPPED,
        /** Not sent: the instance's state does not allow the action. */
        NOT_ALLOWED,
        FAILED,
        /**
         * The user cancelled while the request was on its way: the service may or may not have
         * received it and may still carry it out. The action journal leaves it unsettled and checks
         * the server at the next start.
         */
        CANCELLED
    }
}
