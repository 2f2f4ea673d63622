package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The handle a service returns for work it started: the view-model attaches what to do on
 * success, failure or cancellation, instead of passing callback pairs into the service. An
 * outcome that arrived before a callback was attached is replayed to it at once, so attaching
 * after {@link TaskExecutor#start} is safe even on an executor that runs work inline (tests).
 * Each callback runs once, on the UI thread. UI thread only.
 *
 * @param <T> the result of the work
 */
public final class Pending<T> implements TaskHandle {

    private enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final List<Consumer<? super T>> successes = new ArrayList<>(1);
    private final List<Consumer<Problem>> failures = new ArrayList<>(1);
    private final List<Runnable> cancellations = new ArrayList<>(1);
    private TaskHandle running = TaskHandle.none();
    private State state = State.RUNNING;
    private T result;
    private Problem problem;

    /** A handle whose work the caller completes through {@link #succeed}, {@link #fail} or {@link #cancel}. */
    public Pending() {
    }

    /** Work that already ended with {@code value}, for services that answer from memory. */
    public static <T> Pending<T> done(T value) {
        Pending<T> pending = new Pending<>();
        pending.succeed(value);
        return pending;
    }

    /** Work that already failed with {@code problem}, e.g. refused before anything was sent. */
    public static <T> Pending<T> failed(Problem problem) {
        Pending<T> pending = new Pending<>();
        pending.fail(problem);
        return pending;
    }

    public Pending<T> onSuccess(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        if (state == State.SUCCEEDED) {
            action.accept(result);
        } else if (state == State.RUNNING) {
            successes.add(action);
        }
        return this;
    }

    /** Success when the result does not matter to the caller. */
    public Pending<T> onDone(Runnable action) {
        Objects.requireNonNull(action);
        return onSuccess(ignored -> action.run());
    }

    public Pending<T> onFailure(Consumer<Problem> action) {
        Objects.requireNonNull(action);
        if (state == State.FAILED) {
            action.accept(problem);
        } else if (state == State.RUNNING) {
            failures.add(action);
        }
        return this;
    }

    public Pending<T> onCancelled(Runnable action) {
        Objects.requireNonNull(action);
        if (state == State.CANCELLED) {
            action.run();
        } else if (state == State.RUNNING) {
            cancellations.add(action);
        }
        return this;
    }

    /** A handle for the result turned by {@code mapping}; cancelling it cancels this work. */
    public <R> Pending<R> map(Function<? super T, ? extends R> mapping) {
        Pending<R> mapped = new Pending<>();
        mapped.running = this;
        onSuccess(value -> mapped.succeed(mapping.apply(value)));
        onFailure(mapped::fail);
        onCancelled(mapped::cancelled);
        return mapped;
    }

    /** Binds the handle to the task that does the work, so {@link #cancel()} reaches it. */
    void runningAs(TaskHandle handle) {
        this.running = Objects.requireNonNull(handle);
    }

    public void succeed(T value) {
        if (state != State.RUNNING) {
            return;
        }
        state = State.SUCCEEDED;
        result = value;
        List<Consumer<? super T>> actions = List.copyOf(successes);
        clear();
        actions.forEach(action -> action.accept(value));
    }

    public void fail(Problem failure) {
        if (state != State.RUNNING) {
            return;
        }
        state = State.FAILED;
        problem = Objects.requireNonNull(failure);
        List<Consumer<Problem>> actions = List.copyOf(failures);
        clear();
        actions.forEach(action -> action.accept(failure));
    }

    /** The work ended cancelled without {@link #cancel()} being called here (its task was cancelled). */
    void cancelled() {
        if (state != State.RUNNING) {
            return;
        }
        state = State.CANCELLED;
        List<Runnable> actions = List.copyOf(cancellations);
        clear();
        actions.forEach(Runnable::run);
    }

    /** Cancels the work; only the cancellation callbacks run afterwards. */
    @Override
    public void cancel() {
        running.cancel();
        cancelled();
    }

    @Override
    public boolean isDone() {
        return state != State.RUNNING;
    }

    private void clear() {
        successes.clear();
        failures.clear();
        cancellations.clear();
    }
}
