package com.pvsconsole.service.catalog;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.Optional;
import java.util.function.Consumer;

/** Loads the live {@link WorkspaceOffer} (system pools and storage tiers) as one quiet background task. */
public final class WorkspaceCatalog {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public WorkspaceCatalog(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    public TaskHandle load(WorkspaceContext ctx, Consumer<WorkspaceOffer> onLoaded, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Load workspace catalog", ctx.cloudInstanceId(),
                        cancellable(token -> WorkspaceOffer.from(client.listSystemPools(ctx, token),
                                client.listStorageTiers(ctx, token))))
                .quiet()
                .onSuccess(onLoaded)
                .onFailure(onFailure));
    }

    /** {@code rule.spp.belowAllocated} when a pool's reserve would drop under what its instances use. */
    public static Optional<Violation> reservedCoresProblem(SharedProcessorPool pool, long wantedReserve) {
        double allocated = pool.allocatedCores() == null ? 0 : pool.allocatedCores();
        return wantedReserve < allocated
                ? Optional.of(Violation.of("rule.spp.belowAllocated", allocated)) : Optional.empty();
    }
}
