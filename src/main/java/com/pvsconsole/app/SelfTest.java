package com.pvsconsole.app;

import com.pvsconsole.service.problem.Problem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * {@code --self-test}: waits (without blocking the UI thread) until the real window's instance
 * table is populated and laid out, prints one JSON line and exits 0; prints a "fail" line with the reason
 * and exits 1 when it times out. The line says where the rows came from ({@code rowsFrom}: the
 * saved inventory of an earlier run, {@code cache}, or the service's answer, {@code service}) and
 * the start-up's {@link StartupTimeline}.
 */
final class SelfTest {

    private final ConsoleWindow window;
    private final long jvmStartMillis;
    private final LongSupplier nowMillis;
    private final IntConsumer exit;
    private final Duration timeout;
    private final BooleanSupplier rowsFromCache;
    private final StartupTimeline timeline;
    private boolean done;

    SelfTest(ConsoleWindow window, BooleanSupplier rowsFromCache, StartupTimeline timeline, long jvmStartMillis,
             LongSupplier nowMillis, Duration timeout, IntConsumer exit) {
        this.window = window;
        this.rowsFromCache = rowsFromCache;
        this.timeline = timeline;
        this.jvmStartMillis = jvmStartMillis;
        this.nowMillis = nowMillis;
        this.timeout = timeout;
        this.exit = exit;
    }

    /**
     * Call once the account's window is in the scene. Succeeds in the first pulse whose layout pass
     * ran with rows in the instance table (rows already restored count), so the line comes after
     * the table was laid out with them, not merely when the model filled.
     */
    void watch(long shownAtMillis) {
        long startupMs = shownAtMillis - jvmStartMillis;
        Scene scene = window.root().getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!window.instances().allRows().isEmpty()) {
                scene.removePostLayoutPulseListener(check[0]);
                succeed(startupMs);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        window.instances().allRows().addListener((ListChangeListener<Object>) change -> Platform.requestNextPulse());
        Platform.requestNextPulse();
        PauseTransition deadline = new PauseTransition(timeout);
        deadline.setOnFinished(event -> fail(reason()));
        deadline.play();
    }

    private void succeed(long startupMs) {
        if (done) {
            return;
        }
        done = true;
        long tableReadyMs = nowMillis.getAsLong() - jvmStartMillis;
        timeline.mark("tableReady");
        CpuSoFar cpu = CpuSoFar.read();
        System.out.println(String.format(Locale.ROOT,
                "{\"selfTest\":\"ok\",\"startupMs\":%d,\"tableReadyMs\":%d,\"rowsFrom\":\"%s\",\"regions\":%d,"
                        + "\"workspaces\":%d,\"instances\":%d,\"fxCpuMs\":%d,\"processCpuMs\":%d,\"timeline\":%s}",
                startupMs, tableReadyMs, rowsFromCache.getAsBoolean() ? "cache" : "service",
                window.shell().regionsByGeography().values().stream().mapToInt(l -> l.size()).sum(),
                window.shell().workspaces().size(), window.instances().allRows().size(), cpu.fxThreadMs(), cpu.processMs(),
                timeline.json()));
        System.out.flush();
        exit.accept(0);
    }

    /**
     * CPU time spent so far by the FX thread (the caller) and by the whole process, in ms; -1 where
     * the JVM cannot say. Unlike the timeline these hardly depend on what else the machine runs.
     */
    private record CpuSoFar(long fxThreadMs, long processMs) {

        static CpuSoFar read() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long fx = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1_000_000 : -1;
            long process = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 : -1;
            return new CpuSoFar(fx, process);
        }
    }

    private void fail(String reason) {
        if (done) {
            return;
        }
        done = true;
        System.out.println("{\"selfTest\":\"fail\",\"reason\":\"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        System.out.flush();
        exit.accept(1);
    }

    private String reason() {
        Problem problem = window.instances().loadProblemProperty().get();
        if (problem != null) {
            return problem.statusLabel() + " " + problem.title() + " (" + problem.action() + ")";
        }
        return window.shell().workspaces().isEmpty()
                ? "no workspace loaded within " + (long) timeout.toSeconds() + " s"
                : "instance table still empty after " + (long) timeout.toSeconds() + " s";
    }
}
