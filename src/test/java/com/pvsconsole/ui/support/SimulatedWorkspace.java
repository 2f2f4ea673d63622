package com.pvsconsole.ui.support;

import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The real simulator over HTTP, the real client, and the same-thread executor: view-model tests
 * run every call inline and fire the follow-up polls themselves ({@link #until}), so they are
 * deterministic apart from the simulator's (fast) clock.
 */
public final class SimulatedWorkspace implements AutoCloseable {

    private static final Duration WAIT_LIMIT = Duration.ofSeconds(15);

    private final PowerVsSimulator sim;
    private final PowerVsClient client;
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 200);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final InventoryService inventory;
    private final ObjectProperty<WorkspaceScope> scope = new SimpleObjectProperty<>();

    private SimulatedWorkspace(double timeScale) {
        sim = PowerVsSimulator.builder().port(0).timeScale(timeScale).start();
        RegionCatalog catalog = RegionCatalog.loadDefault();
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(catalog)
                .build());
        inventory = new InventoryService("test", client, catalog, executor, Clock.systemUTC(),
                RefreshPolicy.defaults(Duration.ZERO), 4);
    }

    /** A simulator where a minute of service time takes {@code timeScale} minutes. */
    public static SimulatedWorkspace start(double timeScale) {
        return new SimulatedWorkspace(timeScale);
    }

    /** Opens the simulator's first region and its first workspace (loads run inline). */
    public SimulatedWorkspace open() {
        RegionEndpoint first = RegionEndpoint.publicEndpoint(sim.regions().get(0));
        inventory.discoverRegion(first);
        WorkspaceScope opened = inventory.workspaces(first).get(0);
        inventory.focus(opened);
        scope.set(opened);
        return this;
    }

    /** The workspace the view-models under test look at (what the shell's picker would select). */
    public ObjectProperty<WorkspaceScope> scope() {
        return scope;
    }

    /**
     * Fires due follow-up polls until {@code condition} holds; fails after a bounded wait. Parks
     * a few milliseconds between rounds so the simulator's clock can move.
     */
    public void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT_LIMIT.toSeconds() + " s");
            }
            executor.runScheduled();
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    public WorkspaceContext context() {
        return scope.get().context();
    }

    /** Finished tasks named {@code name}, newest first. */
    public List<ActivityEntry> finished(String name) {
        return activity.history().stream().filter(e -> e.name().equals(name)).toList();
    }

    public PowerVsSimulator sim() {
        return sim;
    }

    public PowerVsClient client() {
        return client;
    }

    public CurrentThreadTaskExecutor executor() {
        return executor;
    }

    public InventoryService inventory() {
        return inventory;
    }

    @Override
    public void close() {
        executor.shutdown();
        sim.close();
    }
}
