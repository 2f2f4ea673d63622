package com.pvsconsole.bench;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.sim.SimulatorOptions;
import com.pvsconsole.sim.state.ScalePlan;
import java.time.Duration;

/**
 * An in-process simulator with one generated workspace, the console's real client on it and
 * that workspace's context. Close it to stop the simulator.
 */
final class SimulatedAccount implements AutoCloseable {

    private final PowerVsSimulator sim;
    private final OkHttpPowerVsClient client;
    private final WorkspaceContext ctx;
    private final String workspaceId;

    /** {@code fault} in the simulator's command-line form, or null. */
    SimulatedAccount(ScalePlan plan, String fault) {
        SimulatorOptions.Builder builder = PowerVsSimulator.builder().port(0).scale(plan);
        if (fault != null) {
            builder.fault(fault);
        }
        this.sim = builder.start();
        this.client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "bench")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(180))
                .build());
        PowerVsSimulator.WorkspaceInfo generated = sim.workspaces().stream()
                .filter(w -> w.name().equals("scale-" + plan.instances())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the simulator did not generate the scale workspace"));
        RegionEndpoint endpoint = RegionEndpoint.publicEndpoint(generated.region());
        Workspace workspace = client.listWorkspaces(endpoint, CancellationToken.none()).stream()
                .filter(w -> w.id().equals(generated.id())).findFirst().orElseThrow();
        this.ctx = WorkspaceContext.forWorkspace(endpoint, workspace);
        this.workspaceId = workspace.id();
    }

    PowerVsSimulator sim() {
        return sim;
    }

    OkHttpPowerVsClient client() {
        return client;
    }

    WorkspaceContext ctx() {
        return ctx;
    }

    /** The generated workspace's id, as the store keys it. */
    String workspaceId() {
        return workspaceId;
    }

    @Override
    public void close() {
        sim.close();
    }
}
