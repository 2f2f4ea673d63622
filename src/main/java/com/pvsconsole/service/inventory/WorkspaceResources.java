package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Lists the account's SSH keys for the current workspace on demand, as a cancellable background
 * task. Instances, volumes and networks come from {@link InventoryService}, which loads them with
 * the workspace; images, events and usage have services of their own.
 */
public final class WorkspaceResources {

    private final PowerVsClient client;
    private final InventoryService inventory;
    private final TaskExecutor executor;

    public WorkspaceResources(PowerVsClient client, InventoryService inventory, TaskExecutor executor) {
        this.client = client;
        this.inventory = inventory;
        this.executor = executor;
    }

    public TaskHandle sshKeys(Consumer<List<SshKey>> onLoaded, Consumer<Problem> onFailure) {
        return load("Load SSH keys", client::listSshKeys, onLoaded, onFailure);
    }


    private <T> TaskHandle load(String name, BiFunction<WorkspaceContext, CancellationToken, List<T>> call,
                                Consumer<List<T>> onLoaded, Consumer<Problem> onFailure) {
        return inventory.currentContext()
                .map(ctx -> executor.submit(BackgroundTask.of(name, inventory.currentWorkspace().orElseThrow().name(),
                                cancellable(token -> call.apply(ctx, token)))
                        .onSuccess(onLoaded)
                        .onFailure(onFailure)))
                .orElseGet(TaskHandle::none);
    }
}
