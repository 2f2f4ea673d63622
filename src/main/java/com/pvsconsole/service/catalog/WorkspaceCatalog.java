package com.pvsconsole.service.catalog;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.Optional;

/** Loads the live {@link WorkspaceOffer} (system pools and storage tiers) as one quiet background task. */
public final class WorkspaceCatalog {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public WorkspaceCatalog(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    public Pending<WorkspaceOffer> load(WorkspaceContext ctx) {
        return executor.start(BackgroundTask.of("Load workspace catalog", ctx.cloudInstanceId(),
                        cancellable(token -> WorkspaceOffer.from(client.listSystemPools(ctx, token),
                                client.listStorageTiers(ctx, token))))
                .quiet());
    }

    /** {@code rule.spp.belowAllocated} when a pool's reserve would drop under what its instances use. */
    public static Optional<Violation> reservedCoresProblem(SharedProcessorPool pool, long wantedReserve) {
        double allocated = pool.allocatedCores() == null ? 0 : pool.allocatedCores();
        return wantedReserve < allocated
                ? Optional.of(Violation.of("rule.spp.belowAllocated", allocated)) : Optional.empty();
    }
}
