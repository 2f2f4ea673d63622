package com.pvsconsole.service.workspace;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskWork;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one call on a given workspace as a cancellable background task named for the activity
 * log, and returns the {@link Pending} handle its caller attaches outcomes to. The caller names
 * the workspace: nothing here reads a "current" one, so a call always goes where the data it acts
 * on came from. Without a scope nothing runs: the handle never completes (cancelling it still
 * reports the cancellation).
 */
public final class WorkspaceTasks {

    private final TaskExecutor executor;

    public WorkspaceTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /** A recorded task (the user asked for it). */
    public <T> Pending<T> run(WorkspaceScope scope, String name, BiFunction<WorkspaceContext, CancellationToken, T> call) {
        return submit(scope, name, ctx -> cancellable(token -> call.apply(ctx, token)), false);
    }

    /** A task kept out of the activity history when it succeeds (loads the user did not ask for). */
    public <T> Pending<T> quiet(WorkspaceScope scope, String name, BiFunction<WorkspaceContext, CancellationToken, T> call) {
        return submit(scope, name, ctx -> cancellable(token -> call.apply(ctx, token)), true);
    }

    /** A recorded task whose work needs more than one call (it gets the context and reports progress). */
    public <T> Pending<T> work(WorkspaceScope scope, String name, String target,
                               Function<WorkspaceContext, TaskWork<T>> work,
                               BackgroundTask.ProgressListener onProgress) {
        if (scope == null) {
            return new Pending<>();
        }
        return executor.start(BackgroundTask.of(name, target, work.apply(scope.context())).onProgress(onProgress));
    }

    /** The executor these tasks run on, for work that is more than one task (a request, then a follow). */
    public TaskExecutor executor() {
        return executor;
    }

    private <T> Pending<T> submit(WorkspaceScope scope, String name, Function<WorkspaceContext, TaskWork<T>> work,
                                  boolean quiet) {
        if (scope == null) {
            return new Pending<>();
        }
        BackgroundTask<T> task = BackgroundTask.of(name, scope.workspaceName(), work.apply(scope.context()));
        return executor.start(quiet ? task.quiet() : task);
    }
}
