package com.pvsconsole.service.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs every task inline on the calling thread, which doubles as the "UI thread", so
 * view-model tests are deterministic. Scheduled actions wait until the test fires them with
 * {@link #runScheduled()}.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final TaskObserver observer;
    private final AtomicLong ids = new AtomicLong();
    private final List<Scheduled> scheduled = new ArrayList<>();

    public CurrentThreadTaskExecutor() {
        this(TaskObserver.NONE);
    }

    public CurrentThreadTaskExecutor(TaskObserver observer) {
        this.observer = observer;
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(ids.incrementAndGet(), task, Runnable::run, observer);
        observer.started(run.id(), task);
        if (task.isUserCancellable()) {
            observer.cancellable(run.id(), run);
        }
        run.execute();
        return run;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(action);
        scheduled.add(entry);
        return entry;
    }

    /** Fires every scheduled action that is due now (all of them: time does not pass here). */
    public int runScheduled() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        int fired = 0;
        for (Scheduled entry : due) {
            if (!entry.cancelled) {
                entry.fired = true;
                entry.action.run();
                fired++;
            }
        }
        return fired;
    }

    /** Scheduled actions not yet fired nor cancelled. */
    public long pendingScheduled() {
        return scheduled.stream().filter(entry -> !entry.cancelled).count();
    }

    @Override
    public TrackedWork track(String name, String target) {
        long id = ids.incrementAndGet();
        observer.started(id, BackgroundTask.of(name, target, context -> null));
        return new TrackedWork(id, observer);
    }

    @Override
    public void shutdown() {
        scheduled.clear();
    }

    private static final class Scheduled implements TaskHandle {
        private final Runnable action;
        private boolean cancelled;
        private boolean fired;

        Scheduled(Runnable action) {
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return cancelled || fired;
        }
    }
}
