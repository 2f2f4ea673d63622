package com.pvsconsole.service.inventory.cache;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator with a known (non-demo) API key, and every workspace of every region read
 * through the real client, as the inventory store would hold them.
 */
final class SimulatedFleet implements AutoCloseable {

    static final String API_KEY = "Zt4kP9cacheTestKeyNotDemo7";

    private final PowerVsSimulator sim;
    private final PowerVsClient client;

    SimulatedFleet(int scale) {
        this.sim = PowerVsSimulator.builder().port(0).timeScale(0.05).apiKey(API_KEY).scale(scale).start();
        this.client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(() -> API_KEY, "cache-test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .build());
    }

    PowerVsSimulator sim() {
        return sim;
    }

    /** Every workspace with its instances, volumes and networks, loaded now. */
    List<CachedWorkspace> load() {
        List<CachedWorkspace> all = new ArrayList<>();
        for (String region : sim.regions()) {
            RegionEndpoint endpoint = RegionEndpoint.publicEndpoint(region);
            for (Workspace workspace : client.listWorkspaces(endpoint, CancellationToken.none())) {
                WorkspaceContext ctx = WorkspaceContext.forWorkspace(endpoint, workspace);
                all.add(new CachedWorkspace(region, EndpointType.PUBLIC, workspace,
                        client.listInstances(ctx, CancellationToken.none()),
                        client.listVolumes(ctx, CancellationToken.none()),
                        client.listNetworks(ctx, CancellationToken.none()), Instant.now()));
            }
        }
        return all;
    }

    @Override
    public void close() {
        sim.close();
    }
}
