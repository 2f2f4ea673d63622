package com.pvsconsole.api;

/**
 * Hears every mutating request the client sends, once per request (not per attempt): before it is
 * first sent, and again when it settles. This is the one place the action journal hooks into, so a
 * mutating call added to the client later is covered without further wiring.
 */
@FunctionalInterface
public interface MutationObserver {

    /** Observes nothing. */
    MutationObserver NONE = request -> Ticket.NONE;

    /**
     * Called on the sending thread before the first byte leaves. Returns the ticket that hears the
     * outcome. Should not throw: a failing observer must not keep the user's action from being made.
     */
    Ticket beforeSending(MutatingRequest request);

    /** How one request settled. */
    interface Ticket {

        Ticket NONE = new Ticket() {
            @Override
            public void answered(Object answer) {
            }

            @Override
            public void failed(PowerVsException failure) {
            }
        };

        /** The service answered 2xx; {@code answer} is the decoded body (null when the caller discards it). */
        void answered(Object answer);

        /**
         * The request failed: refused by the service, or its answer never came ({@link ErrorCategory#NETWORK},
         * {@link ErrorCategory#TIMEOUT}, {@link ErrorCategory#CANCELLED} after sending). Called before the failure
         * reaches the caller, on the sending thread, so an observer may check what happened first.
         */
        void failed(PowerVsException failure);
    }
}
