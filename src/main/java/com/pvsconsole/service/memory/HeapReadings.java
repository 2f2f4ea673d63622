package com.pvsconsole.service.memory;

import java.util.function.Consumer;

/**
 * Where {@link HeapGuard} gets its readings: the JVM's memory pools in the console
 * ({@link OldGenerationReadings}), a scripted source in tests (no test allocates until memory runs out).
 */
public interface HeapReadings {

    /**
     * Reports the old generation after collections: at least every collection that leaves it at or above
     * {@code thresholdFraction} of its limit, and the collections after that (so a drop can be seen).
     * Closing the returned handle stops the reports.
     */
    AutoCloseable watch(double thresholdFraction, Consumer<HeapReading> listener);
}
