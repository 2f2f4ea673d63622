package com.pvsconsole.service.catalog;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.Optional;

/**
 * Loads the live catalogs of a workspace as quiet background tasks: the {@link WorkspaceOffer} (system pools and
 * storage tiers), the {@link StorageOffer} for a new volume (tiers and pools) and, for the create wizard, the
 * {@link CreateCatalog} (plus storage pools; its shared processor pools and placement groups come from the store).
 */
public final class WorkspaceCatalog {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public WorkspaceCatalog(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** The system types (with what one host can still take) and the active storage tiers of the workspace. */
    public Pending<WorkspaceOffer> offer(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load workspace catalog", ctx.cloudInstanceId(),
                        cancellable(token -> WorkspaceOffer.from(client.listSystemPools(ctx, token),
                                client.listStorageTiers(ctx, token))))
                .quiet());
    }

    /** The storage tiers and pools a new volume can use. */
    public Pending<StorageOffer> storage(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load storage catalog", ctx.cloudInstanceId(),
                        cancellable(token -> StorageOffer.from(client.listStorageTiers(ctx, token),
                                client.getStoragePoolsCapacity(ctx, token))))
                .quiet());
    }

    /**
     * Everything the create wizard offers from the live catalogs, in one task whose progress names each step
     * (through {@code progress}, on the UI thread).
     */
    public Pending<CreateCatalog> forCreate(WorkspaceScope scope, String workspaceName,
                                            BackgroundTask.ProgressListener progress) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load workspace catalog", workspaceName, context -> {
                    CancellationToken token = new CancellationToken();
                    context.onCancel(token::cancel);
                    context.updateProgress(0.1, "system pools");
                    WorkspaceOffer offer = WorkspaceOffer.from(client.listSystemPools(ctx, token),
                            client.listStorageTiers(ctx, token));
                    context.updateProgress(0.4, "storage pools");
                    return new CreateCatalog(offer, StoragePoolOffer.from(client.getStoragePoolsCapacity(ctx, token)));
                })
                .onProgress(progress)
                .quiet());
    }

    /** Creates a shared processor pool (202: the service configures it on a host afterwards). */
    public Pending<SharedProcessorPool> createSharedProcessorPool(WorkspaceScope scope,
                                                                  SharedProcessorPoolCreate request) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Create shared processor pool", request.name(),
                cancellable(token -> client.createSharedProcessorPool(ctx, request, token))));
    }

    /** {@code rule.spp.belowAllocated} when a pool's reserve would drop under what its instances use. */
    public static Optional<Violation> reservedCoresProblem(SharedProcessorPool pool, long wantedReserve) {
        double allocated = pool.allocatedCores() == null ? 0 : pool.allocatedCores();
        return wantedReserve < allocated
                ? Optional.of(Violation.of("rule.spp.belowAllocated", allocated)) : Optional.empty();
    }
}
