package com.pvsconsole.service.regions;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.api.region.RegionDirectory;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;

/**
 * Refreshes the region picker's catalog from the live datacenter list: {@code GET /v1/datacenters} (or
 * {@code /v1/datacenters/private} on a private endpoint), which needs no workspace, so it works before one
 * is chosen. Zones and regions the service reports are added; the offline table stays the fallback.
 */
public final class RegionRefresh {

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final RegionDirectory regions;

    public RegionRefresh(PowerVsClient client, TaskExecutor executor, RegionDirectory regions) {
        this.client = client;
        this.executor = executor;
        this.regions = regions;
    }

    /** Asks {@code endpoint} for the datacenters; the handle succeeds with the merged catalog. */
    public Pending<RegionCatalog> refresh(RegionEndpoint endpoint) {
        return executor.start(BackgroundTask.of("Refresh regions", endpoint.region(),
                        cancellable(token -> client.listDatacenters(endpoint, token)))
                .quiet())
                .map(regions::refresh);
    }
}
