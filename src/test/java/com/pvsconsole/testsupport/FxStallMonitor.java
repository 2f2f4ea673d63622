package com.pvsconsole.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches the FX thread while a window test runs and tells a stall caused by the console from a
 * slow machine. Three figures:
 * <ul>
 *   <li>{@link Figures#longestPulseGapMs()}: the longest wall-clock gap between two pulses (an
 *       animation timer asks for every frame). Reported; on a machine shared by many builds it
 *       also grows when the process simply gets no CPU.</li>
 *   <li>{@link Figures#longestBusyMs()}: the most CPU time the FX thread spent between two pulses,
 *       i.e. work done on it that held the next frame back, whatever the machine's load.</li>
 *   <li>{@link Figures#longestBlockedMs()}: the longest time the FX thread was seen waiting (sleep,
 *       lock, park, socket or file I/O) with console code on its stack, sampled every 20 ms: a
 *       network call or a join on the FX thread shows here even though it costs no CPU.</li>
 * </ul>
 * A stall is {@code max(busy, blocked)}: what the console itself did to the FX thread.
 */
public final class FxStallMonitor implements AutoCloseable {

    /** What was measured, in milliseconds. */
    public record Figures(double longestPulseGapMs, double longestBusyMs, double longestBlockedMs) {
        public double stallMs() {
            return Math.max(longestBusyMs, longestBlockedMs);
        }
    }

    private static final long SAMPLE_MS = 20;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong longestGapNanos = new AtomicLong();
    private final AtomicLong longestBusyNanos = new AtomicLong();
    private final AtomicLong longestBlockedNanos = new AtomicLong();
    private final long fxThreadId;
    private final AnimationTimer timer;
    private final Thread sampler;
    private volatile boolean running = true;

    private FxStallMonitor(long fxThreadId) {
        this.fxThreadId = fxThreadId;
        this.timer = new AnimationTimer() {
            private long lastPulse;
            private long lastCpu;

            @Override
            public void handle(long now) {
                long cpu = threads.getThreadCpuTime(fxThreadId);
                if (lastPulse != 0) {
                    longestGapNanos.accumulateAndGet(now - lastPulse, Math::max);
                    longestBusyNanos.accumulateAndGet(cpu - lastCpu, Math::max);
                }
                lastPulse = now;
                lastCpu = cpu;
            }
        };
        this.sampler = new Thread(this::sample, "fx-stall-sampler");
        this.sampler.setDaemon(true);
    }

    /** Starts watching (call from any thread but the FX thread). */
    public static FxStallMonitor start() throws Exception {
        CompletableFuture<FxStallMonitor> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            FxStallMonitor monitor = new FxStallMonitor(Thread.currentThread().getId());
            monitor.timer.start();
            started.complete(monitor);
        });
        FxStallMonitor monitor = started.get(10, TimeUnit.SECONDS);
        monitor.sampler.start();
        return monitor;
    }

    private void sample() {
        long blockedSince = 0;
        while (running) {
            ThreadInfo info = threads.getThreadInfo(fxThreadId, 64);
            long now = System.nanoTime();
            if (info != null && waitingInConsoleCode(info)) {
                if (blockedSince == 0) {
                    blockedSince = now;
                }
                longestBlockedNanos.accumulateAndGet(now - blockedSince, Math::max);
            } else {
                blockedSince = 0;
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waiting (not idle in the event loop): a wait or I/O frame on top, console code below it. */
    private static boolean waitingInConsoleCode(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        if (stack.length == 0) {
            return false;
        }
        boolean consoleCode = false;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("com.pvsconsole.")) {
                consoleCode = true;
                break;
            }
        }
        if (!consoleCode) {
            return false; // the event loop waiting for work, or JavaFX's own code
        }
        Thread.State state = info.getThreadState();
        if (state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
            return true;
        }
        String top = stack[0].getClassName();
        return top.startsWith("sun.nio.ch.") || top.startsWith("java.net.") || top.startsWith("java.io.File")
                || top.startsWith("sun.nio.fs.");
    }

    /** Stops watching and returns what was measured. */
    public Figures stop() throws Exception {
        running = false;
        sampler.interrupt();
        sampler.join(2000);
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            timer.stop();
            stopped.complete(null);
        });
        stopped.get(10, TimeUnit.SECONDS);
        return new Figures(longestGapNanos.get() / 1e6, longestBusyNanos.get() / 1e6, longestBlockedNanos.get() / 1e6);
    }

    @Override
    public void close() throws Exception {
        if (running) {
            stop();
        }
    }
}
