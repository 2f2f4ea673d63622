package com.pvsconsole.service.journal;

/** Where a journaled request stands. */
public enum JournalState {
    /** Written, about to be sent (or the console stopped before the answer came). */
    PENDING(false),
    /** The service accepted it (2xx); long work may still be running. */
    ACCEPTED(true),
    /** The work it started has finished. */
    FINISHED(true),
    /** The service refused it, or the work failed; the entry carries the problem. */
    FAILED(true),
    /** Sent, but the answer never came (timeout, reset): the journal must check before anything is resent. */
    ANSWER_LOST(false),
    /** A check after a lost answer found the change made. */
    DONE(true),
    /** A check after a lost answer found the change not made. */
    NOT_DONE(true),
    /** A check could not tell (e.g. a reboot leaves no trace in the server's state). */
    UNKNOWN(true);

    private final boolean settled;

    JournalState(boolean settled) {
        this.settled = settled;
    }

    public boolean settled() {
        return settled;
    }
}
