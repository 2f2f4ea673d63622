package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a task, shared by both executors: it is the task's context (progress,
 * cancellation hooks) and its handle, and it hands results to the UI thread exactly once.
 */
final class TaskRun<T> implements TaskContext, TaskHandle {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    private final long id;
    private final BackgroundTask<T> task;
    private final Executor uiThread;
    private final TaskObserver observer;
    private final List<Runnable> cancelHooks = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean done;
    private volatile boolean started;
    private volatile Future<?> future;

    TaskRun(long id, BackgroundTask<T> task, Executor uiThread, TaskObserver observer) {
        this.id = id;
        this.task = task;
        this.uiThread = uiThread;
        this.observer = observer;
    }

    long id() {
        return id;
    }

    /** Whether a worker has picked the run up (its request may be on the wire). */
    boolean hasStarted() {
        return started;
    }

    void attach(Future<?> running) {
        this.future = running;
    }

    /** Runs the work on the calling (worker) thread and hands the result to the UI thread. */
    void execute() {
        started = true;
        if (cancelled) {
            return;
        }
        try {
            T result = task.work().run(this);
            uiThread.execute(() -> deliverSuccess(result));
        } catch (Throwable failure) { // every failure must reach the UI, never a dead thread
            if (failure instanceof Error && !(failure instanceof AssertionError)) {
                LOG.error("Task '{}' on '{}' failed fatally", task.name(), task.target(), failure);
            }
            uiThread.execute(() -> deliverFailure(failure));
        }
    }

    private void deliverSuccess(T result) {
        if (finish()) {
            observer.finished(id, TaskOutcome.SUCCEEDED, null);
            task.succeeded(result);
        }
    }

    private void deliverFailure(Throwable failure) {
        if (finish()) {
            Problem problem = Problems.describe(task.name(), failure);
            LOG.warn("Task '{}' on '{}' failed: {}", task.name(), task.target(), problem.logLine());
            observer.finished(id, TaskOutcome.FAILED, problem);
            task.failed(problem);
        }
    }

    /** Marks the run done unless it was cancelled first; only the UI thread calls this. */
    private boolean finish() {
        if (cancelled || done) {
            return false;
        }
        done = true;
        return true;
    }

    @Override
    public void updateProgress(double fraction, String message) {
        if (!cancelled) {
            uiThread.execute(() -> {
                if (!done && !cancelled) {
                    observer.progressed(id, fraction, message);
                    task.progressed(fraction, message);
                }
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable hook) {
        boolean runNow;
        synchronized (cancelHooks) {
            runNow = cancelled;
            if (!runNow) {
                cancelHooks.add(hook);
            }
        }
        if (runNow) {
            hook.run();
        }
    }

    /** Cancels from the UI thread: hooks abort I/O, the worker is interrupted, callbacks stop. */
    @Override
    public void cancel() {
        if (done || cancelled) {
            return;
        }
        List<Runnable> hooks;
        synchronized (cancelHooks) {
            cancelled = true;
            hooks = List.copyOf(cancelHooks);
            cancelHooks.clear();
        }
        hooks.forEach(TaskRun::runQuietly);
        Future<?> running = future;
        if (running != null) {
            // A user's Cancel of a request (userCancellable) stops it through the hooks alone (OkHttp's
            // call.cancel()): an interrupt would close the FileChannel of the action journal's write on
            // that thread, so the journal would never record what the cut-off request left behind.
            running.cancel(!task.isUserCancellable());
        }
        observer.finished(id, TaskOutcome.CANCELLED, null);
        task.cancelled();
    }

    private static void runQuietly(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.debug("Cancel hook failed", e);
        }
    }

    @Override
    public boolean isDone() {
        return done || cancelled;
    }
}
