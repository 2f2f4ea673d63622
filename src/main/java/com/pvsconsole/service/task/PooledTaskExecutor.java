package com.pvsconsole.service.task;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's one executor: a bounded pool of worker threads plus one timer thread.
 * Results reach the UI through the single injected {@code uiThread} hand-off (the app passes
 * {@code Platform::runLater}); nothing else in the code base posts to the UI thread.
 */
public final class PooledTaskExecutor implements TaskExecutor {

    private static final int QUEUE_CAPACITY = 512;

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final Executor uiThread;
    private final TaskObserver observer;
    private final AtomicLong ids = new AtomicLong();
    /** Open multi-task entries; touched on the UI thread only, like {@link TrackedWork} itself. */
    private final List<TrackedWork> tracked = new java.util.ArrayList<>();
    /** Runs submitted and not yet known to be done; pruned at each submit. */
    private final java.util.Set<TaskRun<?>> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public PooledTaskExecutor(int threads, Executor uiThread, TaskObserver observer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemonThreads("pvs-task"));
        this.workers.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("pvs-timer"));
        scheduler.setRemoveOnCancelPolicy(true);
        this.timer = scheduler;
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        if (workers.isShutdown()) {
            // A result delivered to the UI thread just before close may still ask for more work
            // (the details pane loading a tab): after shutdown nothing runs and nothing is reported.
            return TaskHandle.none();
        }
        TaskRun<T> run = new TaskRun<>(ids.incrementAndGet(), task, uiThread, observer);
        live.removeIf(TaskRun::isDone);
        live.add(run);
        observer.started(run.id(), task);
        if (task.isUserCancellable()) {
            observer.cancellable(run.id(), run);
        }
        run.attach(workers.submit(run::execute));
        return run;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        if (timer.isShutdown()) {
            return TaskHandle.none();
        }
        ScheduledTimer handle = new ScheduledTimer();
        if (timer.isShutdown()) {
            // The connection closed (window closed, account switched) while an answer was on its way:
            // whatever that answer wanted to follow up is dropped, not thrown on the FX thread.
            handle.cancel();
            return handle;
        }
        handle.future = timer.schedule(() -> uiThread.execute(() -> handle.fire(action)),
                Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public TrackedWork track(String name, String target) {
        long id = ids.incrementAndGet();
        observer.started(id, BackgroundTask.of(name, target, context -> null));
        TrackedWork work = new TrackedWork(id, observer);
        if (workers.isShutdown()) {
            // asked for by a result that arrived as the console closed: nothing will follow it
            work.cancelled();
            return work;
        }
        tracked.removeIf(TrackedWork::isFinished);
        tracked.add(work);
        return work;
    }

    @Override
    public void shutdown() {
        // Work followed across tasks (a create until its server settles) ends with the console:
        // its Activity entry says it was cancelled rather than running forever.
        List.copyOf(tracked).forEach(TrackedWork::cancelled);
        tracked.clear();
        // Runs still queued would never start nor report: they end as cancelled. Runs already on the
        // wire are left to answer (a create in flight is not cut off half-way); their entries end
        // with that answer.
        List.copyOf(live).stream().filter(run -> !run.isDone() && !run.hasStarted()).forEach(TaskRun::cancel);
        live.clear();
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A delayed UI action that can be cancelled up to the moment it runs on the UI thread. */
    private static final class ScheduledTimer implements TaskHandle {
        private volatile ScheduledFuture<?> future;
        private volatile boolean cancelled;
        private volatile boolean fired;

        void fire(Runnable action) {
            if (!cancelled) {
                fired = true;
                action.run();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> scheduled = future;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        @Override
        public boolean isDone() {
            return cancelled || fired;
        }
    }
}
