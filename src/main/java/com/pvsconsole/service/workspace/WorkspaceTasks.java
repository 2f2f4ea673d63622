package com.pvsconsole.service.workspace;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskWork;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one call on a given workspace as a cancellable background task named for the activity
 * log. The caller names the workspace: nothing here reads a "current" one, so a call always
 * goes where the data it acts on came from. Without a scope nothing runs and
 * {@link TaskHandle#none()} comes back.
 */
public final class WorkspaceTasks {

    private final TaskExecutor executor;

    public WorkspaceTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /** A recorded task (the user asked for it). */
    public <T> TaskHandle run(WorkspaceScope scope, String name,
                              BiFunction<WorkspaceContext, CancellationToken, T> call,
                              Consumer<? super T> onSuccess, Consumer<Problem> onFailure) {
        return submit(scope, name, ctx -> cancellable(token -> call.apply(ctx, token)), onSuccess, onFailure, false);
    }

    /** A task kept out of the activity history when it succeeds (loads the user did not ask for). */
    public <T> TaskHandle quiet(WorkspaceScope scope, String name,
                                BiFunction<WorkspaceContext, CancellationToken, T> call,
                                Consumer<? super T> onSuccess, Consumer<Problem> onFailure) {
        return submit(scope, name, ctx -> cancellable(token -> call.apply(ctx, token)), onSuccess, onFailure, true);
    }

    /** A recorded task whose work needs more than one call (it gets the context and reports progress). */
    public <T> TaskHandle work(WorkspaceScope scope, String name, String target,
                               Function<WorkspaceContext, TaskWork<T>> work,
                               BackgroundTask.ProgressListener onProgress, Consumer<? super T> onSuccess,
                               Consumer<Problem> onFailure) {
        if (scope == null) {
            return TaskHandle.none();
        }
        return executor.submit(BackgroundTask.of(name, target, work.apply(scope.context()))
                .onProgress(onProgress).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** The executor these tasks run on, for work that is more than one task (a request, then a follow). */
    public TaskExecutor executor() {
        return executor;
    }

    private <T> TaskHandle submit(WorkspaceScope scope, String name, Function<WorkspaceContext, TaskWork<T>> work,
                                  Consumer<? super T> onSuccess, Consumer<Problem> onFailure, boolean quiet) {
        if (scope == null) {
            return TaskHandle.none();
        }
        BackgroundTask<T> task = BackgroundTask.of(name, scope.workspaceName(), work.apply(scope.context()))
                .onSuccess(onSuccess).onFailure(onFailure);
        return executor.submit(quiet ? task.quiet() : task);
    }
}
