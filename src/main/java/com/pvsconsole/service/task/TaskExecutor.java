package com.pvsconsole.service.task;

import java.time.Duration;

/**
 * Runs {@link BackgroundTask}s. Implementations deliver every callback on the UI thread, so
 * callers (view-models, services) keep their state confined to that thread.
 */
public interface TaskExecutor {

    /** Starts the task; its callbacks follow on the UI thread. */
    <T> TaskHandle submit(BackgroundTask<T> task);

    /**
     * Starts the task and returns the handle its caller attaches outcomes to: the convention for
     * every service method that starts work ({@code service.grow(...).onSuccess(...).onFailure(...)}).
     * Callbacks already set on {@code task} still run, before the handle's.
     */
    default <T> Pending<T> start(BackgroundTask<T> task) {
        Pending<T> pending = new Pending<>();
        task.chain(pending);
        pending.runningAs(submit(task));
        return pending;
    }

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    TaskHandle schedule(Duration delay, Runnable action);

    /**
     * Opens an activity entry for work that spans several tasks (a request and the follow of its
     * result), reported through the returned handle. Call on the UI thread.
     */
    TrackedWork track(String name, String target);

    /** Stops accepting work, cancels what runs and releases the threads. */
    void shutdown();
}
