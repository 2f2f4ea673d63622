package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Describes background work without any UI type: what to run, what it is called, what it
 * acts on, and what to do with progress, the result, a failure or a cancellation. A
 * {@link TaskExecutor} runs it; every callback is delivered on the UI thread.
 *
 * @param <T> the result type of the work
 */
public final class BackgroundTask<T> {

    /** Progress as the UI sees it. */
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final String name;
    private final String target;
    private final TaskWork<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Problem> onFailure = problem -> { };
    private Runnable onCancelled = () -> { };
    private ProgressListener onProgress = (fraction, message) -> { };
    private boolean recorded = true;
    private boolean userCancellable;

    private BackgroundTask(String name, String target, TaskWork<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.target = target == null ? "" : target;
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task named for the activity log ({@code "Stop"}) acting on {@code target}. */
    public static <T> BackgroundTask<T> of(String name, String target, TaskWork<T> work) {
        return new BackgroundTask<>(name, target, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Problem> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Keeps a successful run out of the activity history (auto-refresh and polling would
     * drown the user's own actions). Running and failed runs are still shown.
     */
    public BackgroundTask<T> quiet() {
        this.recorded = false;
        return this;
    }

    /**
     * Lets the user cancel this run from the Activity page. Only for work whose submitter says, in
     * {@link #onCancelled}, what a cancel leaves behind (an action request cut off on the wire):
     * background loads keep their own cancel and schedule, and must not be stopped behind their back.
     */
    public BackgroundTask<T> userCancellable() {
        this.userCancellable = true;
        return this;
    }

    public String name() {
        return name;
    }

    public String target() {
        return target;
    }

    public boolean recorded() {
        return recorded;
    }

    public boolean isUserCancellable() {
        return userCancellable;
    }

    /** Hands every outcome to {@code pending} after this task's own callbacks. */
    void chain(Pending<T> pending) {
        Consumer<? super T> success = onSuccess;
        Consumer<Problem> failure = onFailure;
        Runnable cancel = onCancelled;
        onSuccess = result -> {
            success.accept(result);
            pending.succeed(result);
        };
        onFailure = problem -> {
            failure.accept(problem);
            pending.fail(problem);
        };
        onCancelled = () -> {
            cancel.run();
            pending.cancelled();
        };
    }

    TaskWork<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Problem problem) {
        onFailure.accept(problem);
    }

    void cancelled() {
        onCancelled.run();
    }

    void progressed(double fraction, String message) {
        onProgress.progress(fraction, message);
    }
}
