package com.pvsconsole.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * FX-thread work cut into small jobs and run a few milliseconds per pulse, in order. A large
 * arrival (10,000 rows) given to the FX thread in one callback held it for hundreds of
 * milliseconds, so no frame was drawn meanwhile; run in slices, each pulse lays out and paints
 * between them. Jobs run at once while within the budget, so small work is not delayed a frame;
 * the rest waits for the next pulses (an {@link AnimationTimer}, made on first need so pages that
 * never queue much need no running toolkit). Used off the FX thread (a view-model in a plain unit
 * test), there is no frame to protect and everything runs at once. UI thread only.
 */
public final class PulseQueue {

    /** FX time per pulse for queued work: leaves most of a 16 ms frame to layout and paint. */
    static final long BUDGET_NANOS = 4_000_000L;

    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private AnimationTimer timer;
    private boolean timerRunning;
    private boolean draining;

    /** Runs {@code job} after those queued before it: now if the budget allows, else on a later pulse. */
    public void add(Runnable job) {
        jobs.add(job);
        if (!draining && !timerRunning) {
            drain();
        }
    }

    /** True while jobs wait for a pulse: later work that must follow them is queued too. */
    public boolean isBusy() {
        return !jobs.isEmpty();
    }

    /** Drops what waits (the page switched to other rows). */
    public void clear() {
        jobs.clear();
        stopTimer();
    }

    private void drain() {
        draining = true;
        boolean spent = false;
        try {
            long start = System.nanoTime();
            while (!jobs.isEmpty() && !spent) {
                jobs.poll().run();
                spent = System.nanoTime() - start > BUDGET_NANOS && Platform.isFxApplicationThread();
            }
        } finally {
            draining = false;
        }
        // Budget spent: what comes next waits for the next pulse, even if nothing waits yet.
        if (jobs.isEmpty() && !spent) {
            stopTimer();
        } else if (!timerRunning) {
            if (timer == null) {
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        drain();
                    }
                };
            }
            timerRunning = true;
            timer.start();
        }
    }

    private void stopTimer() {
        if (timerRunning) {
            timerRunning = false;
            timer.stop();
        }
    }
}
