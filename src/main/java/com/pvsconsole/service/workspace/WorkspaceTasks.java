package com.pvsconsole.service.workspace;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskWork;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one call on the current workspace as a cancellable background task named for the activity log.
 * Without a selected workspace nothing runs and {@link TaskHandle#none()} comes back.
 */
public final class WorkspaceTasks {

    private final InventoryService inventory;
    private final TaskExecutor executor;

    public WorkspaceTasks(InventoryService inventory, TaskExecutor executor) {
        this.inventory = inventory;
        this.executor = executor;
    }

    /** A recorded task (the user asked for it). */
    public <T> TaskHandle run(String name, BiFunction<WorkspaceContext, CancellationToken, T> call,
                              Consumer<? super T> onSuccess, Consumer<Problem> onFailure) {
        return submit(name, ctx -> cancellable(token -> call.apply(ctx, token)), onSuccess, onFailure, false);
    }

    /** A task kept out of the activity history when it succeeds (loads the user did not ask for). */
    public <T> TaskHandle quiet(String name, BiFunction<WorkspaceContext, CancellationToken, T> call,
                                Consumer<? super T> onSuccess, Consumer<Problem> onFailure) {
        return submit(name, ctx -> cancellable(token -> call.apply(ctx, token)), onSuccess, onFailure, true);
    }

    /** A recorded task whose work needs more than one call (it gets the context and reports progress). */
    public <T> TaskHandle work(String name, String target, Function<WorkspaceContext, TaskWork<T>> work,
                               BackgroundTask.ProgressListener onProgress, Consumer<? super T> onSuccess,
                               Consumer<Problem> onFailure) {
        return context().map(ctx -> executor.submit(BackgroundTask.of(name, target, work.apply(ctx))
                        .onProgress(onProgress).onSuccess(onSuccess).onFailure(onFailure)))
                .orElseGet(TaskHandle::none);
    }

    /** The executor these tasks run on, for work that is more than one task (a request, then a follow). */
    public TaskExecutor executor() {
        return executor;
    }

    public Optional<WorkspaceContext> context() {
        return inventory.currentContext();
    }

    private <T> TaskHandle submit(String name, Function<WorkspaceContext, TaskWork<T>> work,
                                  Consumer<? super T> onSuccess, Consumer<Problem> onFailure, boolean quiet) {
        return context().map(ctx -> {
            BackgroundTask<T> task = BackgroundTask.of(name, inventory.currentWorkspace().orElseThrow().name(),
                    work.apply(ctx)).onSuccess(onSuccess).onFailure(onFailure);
            return executor.submit(quiet ? task.quiet() : task);
        }).orElseGet(TaskHandle::none);
    }
}
