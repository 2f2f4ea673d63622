package com.pvsconsole.service.task;

import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.service.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows one resource until it settles, the one follow-until-settled loop of the console. Every
 * {@link PollSchedule#interval()} (on the executor's schedule, so nothing blocks a thread while
 * waiting) it fetches the resource as a quiet task and hands the answer to the {@link Watcher}.
 * It ends at the first of:
 * <ul>
 * <li>the watcher says the answer is settled (it decides what settled or ERROR means);</li>
 * <li>the fetch fails with 404: {@link Watcher#gone()}, an expected end, so no failed entry in
 *     the activity history;</li>
 * <li>the next poll would fall after {@link PollSchedule#limit()}: {@link Watcher#timedOut()};</li>
 * <li>{@link #cancel()}: nothing more is reported.</li>
 * </ul>
 * Any other failure (network, 5xx) goes to {@link Watcher#failed} and polling goes on.
 *
 * <p>The limit is time since the start as read from the schedule's clock, but never less than the
 * waits scheduled so far: a wait cannot take less than its delay, and this keeps the limit working
 * on an executor where time does not pass ({@link CurrentThreadTaskExecutor} in tests). At least
 * one poll is always made. UI thread only.
 */
public final class Poller<T> implements TaskHandle {

    /** What the poller reports; every call arrives on the UI thread. */
    public interface Watcher<T> {

        /** A fresh answer; return true when the resource has settled, which ends the follow. */
        boolean answered(T resource);

        /** The resource no longer exists (404). Ends the follow. */
        default void gone() {
        }

        /** A poll failed for another reason; the poller tries again at the next interval. */
        default void failed(Problem problem) {
        }

        /** The limit passed before the resource settled. Ends the follow. */
        default void timedOut() {
        }
    }

    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final String name;
    private final String target;
    private final TaskWork<Optional<T>> fetch;
    private final Watcher<T> watcher;
    private final Instant started;
    private Duration waited = Duration.ZERO;
    private int polls;
    /** Kept apart: on an inline executor the poll's answer schedules the next wait before submit returns. */
    private TaskHandle waiting = TaskHandle.none();
    private TaskHandle polling = TaskHandle.none();
    private boolean done;

    private Poller(TaskExecutor executor, PollSchedule schedule, String name, String target, TaskWork<T> fetch,
                   Watcher<T> watcher) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.name = Objects.requireNonNull(name, "name");
        this.target = target;
        this.fetch = goneAsEmpty(Objects.requireNonNull(fetch, "fetch"));
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        this.started = schedule.clock().instant();
    }

    /**
     * Starts following: the first poll comes after one interval.
     *
     * @param name   the poll task's name in the activity log ("Follow volume")
     * @param target what it acts on, for the activity log
     * @param fetch  one poll: reads the resource (a 404 from the client means gone)
     */
    public static <T> Poller<T> start(TaskExecutor executor, PollSchedule schedule, String name, String target,
                                      TaskWork<T> fetch, Watcher<T> watcher) {
        Poller<T> poller = new Poller<>(executor, schedule, name, target, fetch, watcher);
        poller.scheduleNext();
        return poller;
    }

    /** Polls made so far (answered or failed). */
    public int polls() {
        return polls;
    }

    @Override
    public void cancel() {
        done = true;
        waiting.cancel();
        polling.cancel();
    }

    @Override
    public boolean isDone() {
        return done;
    }

    private void scheduleNext() {
        if (done) {
            return;
        }
        if (polls > 0 && elapsed().plus(schedule.interval()).compareTo(schedule.limit()) > 0) {
            done = true;
            watcher.timedOut();
            return;
        }
        waited = waited.plus(schedule.interval());
        waiting = executor.schedule(schedule.interval(), this::poll);
    }

    private Duration elapsed() {
        Duration measured = Duration.between(started, schedule.clock().instant());
        return measured.compareTo(waited) > 0 ? measured : waited;
    }

    private void poll() {
        if (done) {
            return;
        }
        polling = executor.submit(BackgroundTask.of(name, target, fetch)
                .quiet()
                .onSuccess(this::answered)
                .onFailure(this::failed));
    }

    private void answered(Optional<T> resource) {
        polls++;
        if (done) {
            return;
        }
        if (resource.isEmpty()) {
            done = true;
            watcher.gone();
        } else if (watcher.answered(resource.get())) {
            done = true;
        } else {
            scheduleNext();
        }
    }

    private void failed(Problem problem) {
        polls++;
        if (done) {
            return;
        }
        watcher.failed(problem);
        scheduleNext();
    }

    /** A 404 is the resource's end, not a failed poll: it comes back as empty. */
    private static <T> TaskWork<Optional<T>> goneAsEmpty(TaskWork<T> fetch) {
        return context -> {
            try {
                return Optional.of(fetch.run(context));
            } catch (PowerVsException e) {
                if (e.status().orElse(0) == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        };
    }
}
