package com.pvsconsole.service.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time range of an events query: from {@code from} up to {@code to}, or up to now when {@code to}
 * is null (the service then also includes events that happen while the page is open).
 */
public record EventRange(Instant from, Instant to) {

    public EventRange {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
    }

    /** The last {@code length} up to now. */
    public static EventRange last(Duration length, Clock clock) {
        return new EventRange(clock.instant().minus(length), null);
    }
}
