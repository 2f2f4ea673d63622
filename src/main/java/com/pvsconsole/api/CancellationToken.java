package com.pvsconsole.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the caller of a blocking client method cancel it from another thread. Cancelling aborts the
 * in-flight HTTP call ({@code Call.cancel()}, down to the socket) and any retry wait; the method then
 * throws a {@link PowerVsException} with {@link ErrorCategory#CANCELLED}. One token may cover several calls.
 */
public final class CancellationToken {

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> listeners = new ArrayList<>();

    /** A token nobody will cancel, for callers that do not need cancellation. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (listeners) {
            if (isCancelled()) {
                return;
            }
            cancelled.countDown();
            toRun = List.copyOf(listeners);
            listeners.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /**
     * Runs {@code action} on cancellation (at once if already cancelled). Close the returned handle when
     * the guarded work is over so finished calls are not kept alive.
     */
    public Registration onCancel(Runnable action) {
        synchronized (listeners) {
            if (!isCancelled()) {
                listeners.add(action);
                return () -> {
                    synchronized (listeners) {
                        listeners.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** Waits up to {@code timeout}; returns true if the token was cancelled meanwhile. */
    public boolean awaitCancellation(Duration timeout) throws InterruptedException {
        return cancelled.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Handle to undo {@link #onCancel}. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
