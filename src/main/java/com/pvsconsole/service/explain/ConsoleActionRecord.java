package com.pvsconsole.service.explain;

import java.time.Instant;
import java.util.Objects;

/**
 * The last thing this console did to an object, as Explain shows it: what, when, and how it ended
 * ("accepted", "finished", "failed: ...").
 */
public record ConsoleActionRecord(String action, Instant at, String outcome) {

    public ConsoleActionRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        outcome = outcome == null ? "" : outcome;
    }
}
