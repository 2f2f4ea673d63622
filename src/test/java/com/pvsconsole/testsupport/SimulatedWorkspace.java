package com.pvsconsole.testsupport;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.PowerVsSimulator;

/**
 * The real simulator on a free port, a real OkHttp client on it (wrapped in a
 * {@link RecordingClient}) and the context of its first workspace. Close it to stop the simulator.
 */
public final class SimulatedWorkspace implements AutoCloseable {

    private final PowerVsSimulator sim;
    private final RecordingClient recording;
    private final PowerVsClient direct;
    private final WorkspaceContext ctx;
    private final Workspace workspace;

    public SimulatedWorkspace(double timeScale) {
        this.sim = PowerVsSimulator.builder().port(0).timeScale(timeScale).start();
        this.direct = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .build());
        this.recording = new RecordingClient(direct);
        RegionEndpoint endpoint = RegionEndpoint.publicEndpoint(sim.regions().get(0));
        this.workspace = direct.listWorkspaces(endpoint, CancellationToken.none()).get(0);
        this.ctx = WorkspaceContext.forWorkspace(endpoint, workspace);
    }

    /** The client the code under test gets: every call is recorded. */
    public PowerVsClient client() {
        return recording.client();
    }

    /** A client for the test's own set-up and checks, not recorded. */
    public PowerVsClient direct() {
        return direct;
    }

    public RecordingClient recording() {
        return recording;
    }

    public WorkspaceContext ctx() {
        return ctx;
    }

    public Workspace workspace() {
        return workspace;
    }

    public PowerVsSimulator sim() {
        return sim;
    }

    @Override
    public void close() {
        sim.close();
    }
}
