package com.pvsconsole.app;

import com.pvsconsole.service.problem.Problem;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;

/**
 * {@code --self-test}: waits (without blocking the UI thread) until the real window's instance
 * table is populated, prints one JSON line and exits 0; prints a "fail" line with the reason
 * and exits 1 when it times out.
 */
final class SelfTest {

    private final ConsoleWindow window;
    private final long jvmStartMillis;
    private final LongSupplier nowMillis;
    private final IntConsumer exit;
    private final Duration timeout;
    private boolean done;

    SelfTest(ConsoleWindow window, long jvmStartMillis, LongSupplier nowMillis, Duration timeout, IntConsumer exit) {
        this.window = window;
        this.jvmStartMillis = jvmStartMillis;
        this.nowMillis = nowMillis;
        this.timeout = timeout;
        this.exit = exit;
    }

    /** Call once the window is shown. */
    void watch(long shownAtMillis) {
        long startupMs = shownAtMillis - jvmStartMillis;
        window.instances().allRows().addListener((ListChangeListener<Object>) change -> {
            if (!window.instances().allRows().isEmpty()) {
                succeed(startupMs);
            }
        });
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
        System.out.println(String.format(Locale.ROOT,
                "{\"selfTest\":\"ok\",\"startupMs\":%d,\"tableReadyMs\":%d,\"regions\":%d,\"workspaces\":%d,\"instances\":%d}",
                startupMs, tableReadyMs, window.shell().regionsByGeography().values().stream().mapToInt(l -> l.size()).sum(),
                window.shell().workspaces().size(), window.instances().allRows().size()));
        System.out.flush();
        exit.accept(0);
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
