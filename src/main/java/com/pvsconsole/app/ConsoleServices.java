package com.pvsconsole.app;

import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.events.WorkspaceEvents;
import com.pvsconsole.service.export.ExportService;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceResources;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.usage.WorkspaceUsage;
import com.pvsconsole.service.workspace.WorkspaceTasks;
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
    private final ImageService images;
    private final WorkspaceEvents events;
    private final WorkspaceUsage usage;
    private final ExportService exports;

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
        WorkspaceTasks tasks = new WorkspaceTasks(inventory, executor);
        this.images = new ImageService(client, tasks, settings.pollInterval(), settings.followLimit());
        this.events = new WorkspaceEvents(client, tasks);
        this.usage = new WorkspaceUsage(client, tasks);
        this.exports = new ExportService(executor);
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

    public ImageService images() {
        return images;
    }

    public WorkspaceEvents events() {
        return events;
    }

    public WorkspaceUsage usage() {
        return usage;
    }

    public ExportService exports() {
        return exports;
    }

    public InstanceDetailsLoader details() {
        return details;
    }

    @Override
    public void close() {
        actions.stopFollowing();
        inventory.cancelLoads();
        executor.shutdown();
    }
}
