package com.pvsconsole.app;

import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceResources;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.task.PooledTaskExecutor;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The service layer wired for one connection: the client, the one bounded executor (results
 * reach the UI through {@code uiThread}), the activity log and the services. Closing it shuts
 * the executor down.
 */
public final class ConsoleServices implements AutoCloseable {

    private static final int HISTORY_LIMIT = 500;

    private final RegionCatalog catalog;
    private final ActivityLog activity;
    private final PooledTaskExecutor executor;
    private final InventoryService inventory;
    private final ActionService actions;
    private final InstanceDetailsLoader details;
    private final WorkspaceResources resources;
    private final VolumeService volumes;
    private final NetworkService networks;
    private final SshKeyService sshKeys;

    public ConsoleServices(ConnectionTarget target, ServiceSettings settings, Executor uiThread, String version,
                           Clock clock) {
        this.catalog = RegionCatalog.loadDefault();
        PowerVsClient client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(target.apiKey(), version)
                .iamBaseUrl(target.iamUrl())
                .urlTemplates(target.publicTemplate(), target.privateTemplate())
                .regionCatalog(catalog)
                .clock(clock)
                .build());
        this.activity = new ActivityLog(clock, HISTORY_LIMIT);
        this.executor = new PooledTaskExecutor(settings.workerThreads(), uiThread, activity);
        this.inventory = new InventoryService(client, catalog, executor, clock);
        this.inventory.setAutoRefresh(settings.autoRefresh());
        this.actions = new ActionService(client, executor, settings.pollInterval(), settings.followLimit());
        this.details = new InstanceDetailsLoader(client, executor, clock);
        this.resources = new WorkspaceResources(client, inventory, executor, clock);
        this.volumes = new VolumeService(client, executor, settings.pollInterval(), settings.followLimit());
        this.networks = new NetworkService(client, executor);
        this.sshKeys = new SshKeyService(client, executor);
    }

    public RegionCatalog catalog() {
        return catalog;
    }

    public ActivityLog activity() {
        return activity;
    }

    public InventoryService inventory() {
        return inventory;
    }

    public ActionService actions() {
        return actions;
    }

    public WorkspaceResources resources() {
        return resources;
    }

    public InstanceDetailsLoader details() {
        return details;
    }

    public VolumeService volumes() {
        return volumes;
    }

    public NetworkService networks() {
        return networks;
    }

    public SshKeyService sshKeys() {
        return sshKeys;
    }

    @Override
    public void close() {
        actions.stopFollowing();
        volumes.stopAll();
        inventory.cancelLoads();
        executor.shutdown();
    }
}
