package com.pvsconsole.api.http;

import com.pvsconsole.api.CancellationToken;
import java.time.Duration;

/** Waits between retries; injectable so tests run without real delays. */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code delay}; returns early (and the caller then sees the cancellation) if {@code cancel} fires. */
    void sleep(Duration delay, CancellationToken cancel) throws InterruptedException;

    /** The production sleeper: a timed wait that a cancellation cuts short. */
    static Sleeper cancellable() {
        return (delay, cancel) -> cancel.awaitCancellation(delay);
    }
}
