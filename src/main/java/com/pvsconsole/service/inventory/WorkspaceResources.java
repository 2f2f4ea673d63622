package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Lists the current workspace loads on demand for its pages (images, SSH keys, events), each
 * as a cancellable background task. Instances, volumes and networks come from
 * {@link InventoryService}, which loads them with the workspace.
 */
public final class WorkspaceResources {

    private static final Duration EVENT_WINDOW = Duration.ofDays(7);

    private final PowerVsClient client;
    private final InventoryService inventory;
    private final TaskExecutor executor;
    private final Clock clock;

    public WorkspaceResources(PowerVsClient client, InventoryService inventory, TaskExecutor executor, Clock clock) {
        this.client = client;
        this.inventory = inventory;
        this.executor = executor;
        this.clock = clock;
    }

    public TaskHandle images(Consumer<List<ImageReference>> onLoaded, Consumer<Problem> onFailure) {
        return load("Load images", client::listImages, onLoaded, onFailure);
    }

    public TaskHandle sshKeys(Consumer<List<SshKey>> onLoaded, Consumer<Problem> onFailure) {
        return load("Load SSH keys", client::listSshKeys, onLoaded, onFailure);
    }

    /** The workspace's events of the last seven days, newest first as the service sends them. */
    public TaskHandle events(Consumer<List<Event>> onLoaded, Consumer<Problem> onFailure) {
        return load("Load events", (ctx, token) -> client.listEvents(ctx, clock.instant().minus(EVENT_WINDOW), null, token),
                onLoaded, onFailure);
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
