package com.pvsconsole.service.task;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Poller} follows something: a poll every {@code interval}, for at most {@code limit}
 * from the start, with time read from {@code clock}.
 */
public record PollSchedule(Duration interval, Duration limit, Clock clock) {

    public PollSchedule {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(clock, "clock");
        if (interval.isNegative() || limit.isNegative()) {
            throw new IllegalArgumentException("interval and limit must not be negative");
        }
    }

    /** On the system clock. */
    public PollSchedule(Duration interval, Duration limit) {
        this(interval, limit, Clock.systemUTC());
    }
}
