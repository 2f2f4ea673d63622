package com.pvsconsole.service.inventory;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The loads that belong to one selection (a region's workspaces, a workspace's lists). They run
 * concurrently; cancelling the group cancels every call down to its socket and silences its
 * callbacks. Tracks how many are still out so the UI can show one "loading" state. UI thread only.
 */
final class LoadGroup {

    private final TaskExecutor executor;
    private final Consumer<Boolean> loadingChanged;
    private final boolean quiet;
    private final List<TaskHandle> handles = new ArrayList<>();
    private int outstanding;
    private boolean cancelled;

    LoadGroup(TaskExecutor executor, boolean quiet, Consumer<Boolean> loadingChanged) {
        this.executor = executor;
        this.quiet = quiet;
        this.loadingChanged = loadingChanged;
    }

    /** Starts one load of the group. */
    <T> void start(String name, String target, TaskWork<T> work, Consumer<T> onSuccess,
                   Consumer<Problem> onFailure) {
        if (cancelled) {
            return;
        }
        outstanding++;
        if (outstanding == 1) {
            loadingChanged.accept(true);
        }
        BackgroundTask<T> task = BackgroundTask.of(name, target, work)
                .onSuccess(result -> {
                    settle();
                    onSuccess.accept(result);
                })
                .onFailure(problem -> {
                    settle();
                    onFailure.accept(problem);
                });
        handles.add(executor.submit(quiet ? task.quiet() : task));
    }

    private void settle() {
        outstanding--;
        if (outstanding == 0) {
            loadingChanged.accept(false);
        }
    }

    boolean isLoading() {
        return outstanding > 0 && !cancelled;
    }

    void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        boolean wasLoading = outstanding > 0;
        outstanding = 0;
        List<TaskHandle> running = List.copyOf(handles);
        handles.clear();
        running.forEach(TaskHandle::cancel);
        if (wasLoading) {
            loadingChanged.accept(false);
        }
    }
}
