package com.pvsconsole.service.activity;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskObserver;
import com.pvsconsole.service.task.TaskOutcome;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Running tasks and a bounded history of finished ones, fed by the task executor. Quiet
 * tasks (auto-refresh, polling) show while running but enter the history only when they fail,
 * so the user's own actions are not drowned. Used on the UI thread only.
 */
public final class ActivityLog implements TaskObserver {

    /** Told after every change. */
    public interface Listener {
        void activityChanged();
    }

    private final Clock clock;
    private final int historyLimit;
    private final Map<Long, ActivityEntry> running = new LinkedHashMap<>();
    private final Map<Long, Boolean> recorded = new LinkedHashMap<>();
    private final Deque<ActivityEntry> history = new ArrayDeque<>();
    /** Running entries the user may cancel, with what cancels them. */
    private final Map<Long, TaskHandle> cancellers = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Ids of followed work count down from -1 so they never meet an executor's task ids. */
    private long nextFollowedId = -1;

    public ActivityLog(Clock clock, int historyLimit) {
        this.clock = clock;
        this.historyLimit = historyLimit;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized void started(long id, BackgroundTask<?> task) {
        running.put(id, ActivityEntry.started(id, task.name(), task.target(), clock.instant()));
        recorded.put(id, task.recorded());
        fire();
    }

    /**
     * Starts an entry for work the console follows outside any one task (a service job polled
     * for minutes). Report on it with {@link #progressed} and {@link #finished}; it is recorded.
     */
    public synchronized long startFollowed(String name, String target) {
        long id = nextFollowedId--;
        running.put(id, ActivityEntry.started(id, name, target, clock.instant()));
        recorded.put(id, true);
        fire();
        return id;
    }

    @Override
    public synchronized void cancellable(long id, TaskHandle handle) {
        ActivityEntry entry = running.get(id);
        if (entry != null) {
            cancellers.put(id, handle);
            running.put(id, entry.withCancel());
            fire();
        }
    }

    /**
     * The user's Cancel: stops a running entry that allows it. It then stays in the history as
     * cancelled, even when it was quiet. False when there was nothing to cancel.
     */
    public boolean cancel(long id) {
        TaskHandle handle;
        synchronized (this) {
            handle = running.containsKey(id) ? cancellers.get(id) : null;
            if (handle == null) {
                return false;
            }
            recorded.put(id, true);
        }
        // Outside the lock: the handle reports back through finished() and runs its owner's callbacks.
        handle.cancel();
        return true;
    }

    @Override
    public synchronized void progressed(long id, double fraction, String message) {
        ActivityEntry entry = running.get(id);
        if (entry != null) {
            running.put(id, entry.withProgress(fraction, message));
            fire();
        }
    }

    @Override
    public synchronized void finished(long id, TaskOutcome outcome, Problem problem) {
        ActivityEntry entry = running.remove(id);
        cancellers.remove(id);
        boolean keep = Boolean.TRUE.equals(recorded.remove(id)) || outcome == TaskOutcome.FAILED;
        if (entry != null && keep) {
            history.addFirst(entry.finish(clock.instant(), outcome, problem));
            while (history.size() > historyLimit) {
                history.removeLast();
            }
        }
        fire();
    }

    /** Running tasks, oldest first. */
    public synchronized List<ActivityEntry> running() {
        return new ArrayList<>(running.values());
    }

    /** Finished tasks, newest first. */
    public synchronized List<ActivityEntry> history() {
        return new ArrayList<>(history);
    }

    public Clock clock() {
        return clock;
    }

    private void fire() {
        listeners.forEach(Listener::activityChanged);
    }
}
