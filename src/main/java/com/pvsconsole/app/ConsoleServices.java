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
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.workspace.WorkspaceFactsService;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.usage.WorkspaceUsage;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The service layer wired for one connection: the client, the one bounded executor (results
 * reach the UI through {@code uiThread}), the activity log and the services. Closing it shuts
 * the executor down.
 */
public final class ConsoleServices implements AutoCloseable {

    private static final int HISTORY_LIMIT = 500;
    /** Captures and imports can take hours; the console follows a job this long at most. */
    private static final Duration JOB_FOLLOW_LIMIT = Duration.ofHours(12);

    private final RegionCatalog catalog;
    private final ActivityLog activity;
    private final PooledTaskExecutor executor;
    private final InventoryService inventory;
    private final ActionService actions;
    private final InstanceDetailsLoader details;
    private final JobTracker jobs;
    private final ProvisioningService provisioning;
    private final VolumeService volumes;
    private final NetworkService networks;
    private final SshKeyService sshKeys;
    private final PoolService pools;
    private final WorkspaceFactsService workspaceFacts;
    private final ImageService images;
    private final WorkspaceEvents events;
    private final WorkspaceUsage usage;
    private final ExportService exports;

    public ConsoleServices(ConnectionTarget target, ServiceSettings settings, Executor uiThread, String version,
                           Clock clock) {
        this(RegionCatalog.loadDefault(), target, settings, uiThread, version, clock);
    }

    /** One catalog for the client's URLs and the region picker. */
    private ConsoleServices(RegionCatalog catalog, ConnectionTarget target, ServiceSettings settings, Executor uiThread,
                            String version, Clock clock) {
        this(target.account().displayName(), clientFor(target, version, clock, catalog), catalog, settings, uiThread, clock);
    }

    /** The services on a given client: built elsewhere for an account ({@link AccountClients}), or wrapped by tests to see what is sent. */
    public ConsoleServices(String accountId, PowerVsClient client, RegionCatalog catalog, ServiceSettings settings,
                           Executor uiThread, Clock clock) {
        this.catalog = catalog;
        this.activity = new ActivityLog(clock, HISTORY_LIMIT);
        this.executor = new PooledTaskExecutor(settings.workerThreads(), uiThread, activity);
        // A third of the workers at most for background lists, so a user's action never waits for them.
        this.inventory = new InventoryService(accountId, client, catalog, executor, clock,
                RefreshPolicy.defaults(settings.autoRefresh()), Math.max(3, settings.workerThreads() - 2));
        this.actions = new ActionService(client, executor, settings.pollInterval(), settings.followLimit());
        this.details = new InstanceDetailsLoader(client, executor, clock);
        this.jobs = new JobTracker(client, executor, activity, inventory, clock, settings.pollInterval(),
                JOB_FOLLOW_LIMIT);
        this.provisioning = new ProvisioningService(client, executor, actions, jobs);
        this.volumes = new VolumeService(client, executor, settings.pollInterval(), settings.followLimit());
        this.networks = new NetworkService(client, executor, clock);
        this.sshKeys = new SshKeyService(client, executor);
        this.pools = new PoolService(client, executor, new PollSchedule(settings.pollInterval(), settings.followLimit()));
        this.workspaceFacts = new WorkspaceFactsService(client, executor);
        WorkspaceTasks tasks = new WorkspaceTasks(executor);
        this.images = new ImageService(client, tasks, settings.pollInterval(), settings.followLimit());
        this.events = new WorkspaceEvents(client, tasks);
        this.usage = new WorkspaceUsage(client, tasks);
        this.exports = new ExportService(executor);
    }

    private static PowerVsClient clientFor(ConnectionTarget target, String version, Clock clock, RegionCatalog catalog) {
        return OkHttpPowerVsClient.create(PowerVsClientConfig.builder(target.apiKey(), version)
                .iamBaseUrl(target.iamUrl())
                .urlTemplates(target.publicTemplate(), target.privateTemplate())
                .regionCatalog(catalog)
                .clock(clock)
                .build());
    }

    public RegionCatalog catalog() {
        return catalog;
    }

    /** The one executor of this connection (for services built beside these, like the cache sync). */
    public PooledTaskExecutor executor() {
        return executor;
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

    public JobTracker jobs() {
        return jobs;
    }

    public ProvisioningService provisioning() {
        return provisioning;
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

    public PoolService pools() {
        return pools;
    }

    public WorkspaceFactsService workspaceFacts() {
        return workspaceFacts;
    }

    @Override
    public void close() {
        actions.stopFollowing();
        jobs.stopAll();
        volumes.stopAll();
        inventory.close();
        executor.shutdown();
    }
}
