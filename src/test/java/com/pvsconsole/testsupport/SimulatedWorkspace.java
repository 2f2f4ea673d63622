package com.pvsconsole.testsupport;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.WorkspaceScope;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The one simulator fixture of the tests: the real simulator on a free port, a real OkHttp client on it (wrapped
 * in a {@link RecordingClient}), the context of its first workspace, and the same-thread executor. Service and
 * view-model tests run every call inline and fire the follow-up polls themselves ({@link #until}), so they are
 * deterministic apart from the simulator's (fast) clock. Close it to stop the simulator.
 */
public final class SimulatedWorkspace implements AutoCloseable {

    private static final Duration WAIT_LIMIT = Duration.ofSeconds(15);

    private final PowerVsSimulator sim;
    private final RegionCatalog catalog = RegionCatalog.loadDefault();
    private final PowerVsClient direct;
    private final RecordingClient recording;
    private final RegionEndpoint endpoint;
    private final Workspace workspace;
    private final WorkspaceContext ctx;
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 200);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private InventoryService inventory;
    private final ObjectProperty<WorkspaceScope> scope = new SimpleObjectProperty<>();

    private SimulatedWorkspace(double timeScale, String apiKey) {
        this.sim = PowerVsSimulator.builder().port(0).timeScale(timeScale).apiKey(apiKey).start();
        this.direct = OkHttpPowerVsClient.create(clientConfig().build());
        this.recording = new RecordingClient(direct);
        this.endpoint = RegionEndpoint.publicEndpoint(sim.regions().get(0));
        this.workspace = direct.listWorkspaces(endpoint, CancellationToken.none()).get(0);
        this.ctx = WorkspaceContext.forWorkspace(endpoint, workspace);
    }

    /** A simulator where a minute of service time takes {@code timeScale} minutes. */
    public static SimulatedWorkspace start(double timeScale) {
        return new SimulatedWorkspace(timeScale, PowerVsSimulator.DEMO_API_KEY);
    }

    /**
     * The same with an API key of this run's own: for tests that look for the key in files, since
     * the demo key is public (the README, the source, any clone of it) and can be anywhere.
     */
    public static SimulatedWorkspace startWithOwnKey(double timeScale) {
        return new SimulatedWorkspace(timeScale, "test-key-" + java.util.UUID.randomUUID());
    }

    /** A client configuration pointed at this simulator, for tests that build a client of their own. */
    public PowerVsClientConfig.Builder clientConfig() {
        return PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(catalog);
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

    /** The simulator's first workspace (of its first region). */
    public WorkspaceContext context() {
        return ctx;
    }

    /** The scope of the simulator's first workspace: what services and view-models under test act on. */
    public WorkspaceScope workspaceScope() {
        return WorkspaceScope.of("test", endpoint, workspace).orElseThrow();
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The inventory on the recorded client and the same-thread executor, created on first use. */
    public InventoryService inventory() {
        if (inventory == null) {
            inventory = new InventoryService("test", client(), catalog, executor, Clock.systemUTC(),
                    RefreshPolicy.defaults(Duration.ZERO), 4);
        }
        return inventory;
    }

    /** Opens the first region and its first workspace in the inventory (loads run inline). */
    public SimulatedWorkspace open() {
        InventoryService opened = inventory();
        opened.discoverRegion(endpoint);
        WorkspaceScope first = opened.workspaces(endpoint).get(0);
        opened.focus(first);
        scope.set(first);
        return this;
    }

    /** The workspace the view-models under test look at (what the shell's picker would select). */
    public ObjectProperty<WorkspaceScope> scope() {
        return scope;
    }

    /** Fires due follow-up polls until {@code condition} holds; fails after a bounded wait. */
    public void until(BooleanSupplier condition) {
        Eventually.until("the condition", WAIT_LIMIT, executor::runScheduled, condition);
    }

    /** Finished tasks named {@code name}, newest first. */
    public List<ActivityEntry> finished(String name) {
        return activity.history().stream().filter(e -> e.name().equals(name)).toList();
    }

    public ActivityLog activity() {
        return activity;
    }

    public CurrentThreadTaskExecutor executor() {
        return executor;
    }

    public PowerVsSimulator sim() {
        return sim;
    }

    @Override
    public void close() {
        executor.shutdown();
        sim.close();
    }
}
