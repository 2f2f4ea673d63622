package com.pvsconsole.service.memory;

import java.util.function.Consumer;

/** Readings a test reports by hand: what the old generation held after each imagined collection. */
public final class ScriptedReadings implements HeapReadings {

    private static final long MB = 1024 * 1024;

    private Consumer<HeapReading> listener;
    private double threshold;
    private boolean closed;

    @Override
    public AutoCloseable watch(double thresholdFraction, Consumer<HeapReading> listener) {
        this.threshold = thresholdFraction;
        this.listener = listener;
        return () -> closed = true;
    }

    /** A collection that left {@code usedMb} of {@code maxMb} in the old generation. */
    public void collected(long usedMb, long maxMb) {
        listener.accept(new HeapReading(usedMb * MB, maxMb * MB));
    }

    public double threshold() {
        return threshold;
    }

    public boolean closed() {
        return closed;
    }
}
