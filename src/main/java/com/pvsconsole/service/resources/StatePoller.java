package com.pvsconsole.service.resources;

import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskWork;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Polls one resource after a change until it rests: every answer goes to the watcher, an empty
 * answer means it is gone (the fetch turns 404 into empty, so an expected end is no failure in
 * the activity history), and after {@code maxPolls} the poller stops with the last state shown.
 * Quiet tasks, so following does not flood the activity history. UI thread only.
 */
final class StatePoller<T> implements TaskHandle {

    private final TaskExecutor executor;
    private final Duration interval;
    private final int maxPolls;
    private final String name;
    private final String target;
    private final TaskWork<Optional<T>> fetch;
    private final Predicate<T> settled;
    private final ResourceWatcher<T> watcher;
    private TaskHandle pending = TaskHandle.none();
    private int polls;
    private boolean stopped;

    /** What a poller reports. */
    interface ResourceWatcher<T> {
        void updated(T resource);

        default void gone() {
        }
    }

    StatePoller(TaskExecutor executor, Duration interval, int maxPolls, String name, String target,
                TaskWork<Optional<T>> fetch, Predicate<T> settled, ResourceWatcher<T> watcher) {
        this.executor = executor;
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.name = name;
        this.target = target;
        this.fetch = fetch;
        this.settled = settled;
        this.watcher = watcher;
    }

    StatePoller<T> start() {
        scheduleNext();
        return this;
    }

    private void scheduleNext() {
        if (!stopped) {
            pending = executor.schedule(interval, this::poll);
        }
    }

    private void poll() {
        if (stopped) {
            return;
        }
        polls++;
        pending = executor.submit(BackgroundTask.of(name, target, fetch)
                .quiet()
                .onSuccess((Optional<T> resource) -> {
                    if (resource.isPresent()) {
                        observe(resource.get());
                    } else {
                        stopped = true;
                        watcher.gone();
                    }
                })
                .onFailure(problem -> retryOrStop()));
    }

    private void observe(T resource) {
        watcher.updated(resource);
        if (settled.test(resource)) {
            stopped = true;
        } else {
            retryOrStop();
        }
    }

    private void retryOrStop() {
        if (polls >= maxPolls) {
            stopped = true;
        } else {
            scheduleNext();
        }
    }

    @Override
    public void cancel() {
        stopped = true;
        pending.cancel();
    }

    @Override
    public boolean isDone() {
        return stopped;
    }

    /** A watcher from two callbacks. */
    static <T> ResourceWatcher<T> updatesTo(Consumer<T> onUpdate, Runnable onGone) {
        return new ResourceWatcher<>() {
            @Override
            public void updated(T resource) {
                onUpdate.accept(resource);
            }

            @Override
            public void gone() {
                onGone.run();
            }
        };
    }
}
