package com.pvsconsole.service.search;

import com.pvsconsole.service.problem.Problems;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tests a query against a snapshot of a large table's rows on a search thread of its own, so the
 * UI thread only takes the result: over 10,000 rows the test held the FX thread for tens of
 * milliseconds per keystroke. It has its own thread rather than the task pool, so a keystroke
 * never waits behind list calls and never shows in Activity; the result reaches the UI thread
 * through the {@link TaskExecutor}'s hand-off, like every other result.
 */
public final class QueryRunner {

    private final TaskExecutor executor;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "pvs-search");
        thread.setDaemon(true);
        return thread;
    });

    public QueryRunner(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * The rows of {@code rows} for which {@code predicate} holds, each with the {@code version}
     * it had when tested. Both run on the search thread: each row's version is read before it is
     * tested, so a row that changes meanwhile is at worst tested newer than its recorded version,
     * and the UI sees the version differ from the row's and tests that row again. The caller
     * passes a copy of its rows; {@code version} and the predicate must read only immutable
     * values (or volatile references to them).
     */
    public <T> Pending<Matches<T>> match(List<T> rows, Function<T, Object> version, Predicate<T> predicate) {
        Pending<Matches<T>> pending = new Pending<>();
        try {
            worker.execute(() -> {
                Map<T, Object> tested = new IdentityHashMap<>(rows.size() * 2);
                try {
                    for (T row : rows) {
                        Object at = version.apply(row);
                        tested.put(row, predicate.test(row) ? at : new Unmatched(at));
                    }
                } catch (RuntimeException e) {
                    executor.schedule(Duration.ZERO, () -> pending.fail(Problems.describe("Search", e)));
                    return;
                }
                Matches<T> result = new Matches<>(tested);
                executor.schedule(Duration.ZERO, () -> pending.succeed(result));
            });
        } catch (RejectedExecutionException closed) {
            pending.cancel();
        }
        return pending;
    }

    /** Stops the search thread (the console closes). */
    public void shutdown() {
        worker.shutdownNow();
    }

    /**
     * A query's result over a snapshot: for each row tested, the version it had, wrapped in
     * {@link Unmatched} when it did not match (one lookup per row on the UI thread, which asks
     * this of every row when the result is applied). A row whose version is no longer the one
     * tested (or that was not in the snapshot) is unknown here.
     */
    public record Matches<T>(Map<T, Object> tested) {

        /** True or false for a row tested at its current {@code version}; null when unknown. */
        public Boolean of(T row, Object version) {
            Object at = tested.get(row);
            if (at instanceof Unmatched miss) {
                return miss.version() != null && miss.version() == version ? Boolean.FALSE : null;
            }
            return at != null && at == version ? Boolean.TRUE : null;
        }
    }

    /** The version of a row that did not match. */
    private record Unmatched(Object version) {
    }
}
