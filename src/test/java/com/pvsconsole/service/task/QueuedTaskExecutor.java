package com.pvsconsole.service.task;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds submitted tasks until the test runs them, so a test can act while calls are "in
 * flight" (a workspace switch before the new workspace's lists answer) without timing. Tasks
 * run on the calling thread, in order, when {@link #runAll()} is called.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final AtomicLong ids = new AtomicLong();
    private final Deque<TaskRun<?>> queued = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(ids.incrementAndGet(), task, Runnable::run, TaskObserver.NONE);
        queued.add(run);
        return run;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        return TaskHandle.none(); // timers are not under test here
    }

    @Override
    public TrackedWork track(String name, String target) {
        return new TrackedWork(ids.incrementAndGet(), TaskObserver.NONE);
    }

    /** Runs every queued task, including those the callbacks submit meanwhile. */
    public int runAll() {
        int ran = 0;
        while (!queued.isEmpty()) {
            queued.poll().execute();
            ran++;
        }
        return ran;
    }

    /** Runs queued tasks one by one until {@code condition} holds; fails when the queue runs dry first. */
    public void runUntil(java.util.function.BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (queued.isEmpty()) {
                throw new AssertionError("no queued task left and the condition does not hold");
            }
            queued.poll().execute();
        }
    }

    public int queued() {
        return queued.size();
    }

    @Override
    public void shutdown() {
        queued.clear();
    }
}
