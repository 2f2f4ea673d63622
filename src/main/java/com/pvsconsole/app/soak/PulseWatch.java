package com.pvsconsole.app.soak;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * Measures the FX thread's pulses: an animation timer asks for a pulse every frame, so the gap
 * between two of its calls is how long the FX thread was unable to run one (a stall when long).
 * {@link #takeLongestGapMs()} returns the longest gap since the previous call; on a busy machine it
 * also grows when the process gets no CPU, so {@link #takeLongestBusyMs()} reports the FX thread's
 * own CPU time between two pulses beside it. Start and stop on
 * the FX thread; take from any thread.
 */
public final class PulseWatch {

    private static final boolean TRACE = Boolean.getBoolean("pvs.soak.tracePulses");
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong longestBusyNanos = new AtomicLong();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;
        private long lastCpu;

        @Override
        public void handle(long now) {
            long cpu = threads.getCurrentThreadCpuTime();
            if (last != 0) {
                longestBusyNanos.accumulateAndGet(cpu - lastCpu, Math::max);
                long gap = now - last;
                longestNanos.accumulateAndGet(gap, Math::max);
                if (TRACE && gap > 500_000_000L) {
                    System.err.printf("[pulse] gap %d ms ending at uptime %d ms%n", gap / 1_000_000,
                            java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                }
            }
            last = now;
            lastCpu = cpu;
        }
    };

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /**
     * The most CPU time the FX thread spent between two pulses since the last call, in milliseconds:
     * work that held a frame back, unlike the gap, whatever else the machine was doing.
     */
    public double takeLongestBusyMs() {
        return longestBusyNanos.getAndSet(0) / 1_000_000.0;
    }

    /** The longest gap between two pulses since the last call, in milliseconds. */
    public double takeLongestGapMs() {
        return longestNanos.getAndSet(0) / 1_000_000.0;
    }
}
