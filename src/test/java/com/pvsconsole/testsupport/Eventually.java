package com.pvsconsole.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The one polling helper of the tests: a bounded wait for a condition on the real clock (the simulator's time
 * runs on it) instead of a fixed sleep. Between checks it runs {@code step} (for example the same-thread
 * executor's due timers).
 */
public final class Eventually {

    private Eventually() {
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        until(what, limit, () -> { }, condition);
    }

    public static void until(String what, Duration limit, Runnable step, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toMillis() + " ms waiting for " + what);
            }
            step.run();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
