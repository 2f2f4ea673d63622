package com.pvsconsole.app;

import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.search.QueryRunner;
import com.pvsconsole.service.journal.JournalSettler;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.events.WorkspaceEvents;
import com.pvsconsole.service.explain.ExplainService;
import com.pvsconsole.service.explain.ExplainSources;
import com.pvsconsole.service.explain.Explainer;
import com.pvsconsole.service.explain.FaultCatalog;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.export.ExportService;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.inventory.InstanceDetailsLoader;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.networks.InstanceNetworks;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.workspace.WorkspaceFactsService;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.snapshots.SnapshotService;
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
    private final QueryRunner queries;
    private final InventoryService inventory;
    private final ActionService actions;
    private final InstanceDetailsLoader details;
    private final JobTracker jobs;
    private final ProvisioningService provisioning;
    private final VolumeService volumes;
    private final VolumeChanges volumeChanges;
    private final WorkspaceCatalog workspaceCatalog;
    private final NetworkService networks;
    private final SshKeyService sshKeys;
    private final PoolService pools;
    private final WorkspaceFactsService workspaceFacts;
    private final ImageService images;
    private final WorkspaceEvents events;
    private final WorkspaceUsage usage;
    private final ExportService exports;
    private final Transitions transitions;
    private final ExplainService explainer;
    private final SnapshotService snapshots;
    private final InstanceNetworks instanceNetworks;
    private final ActionJournal journal;

    /** The services on the client built for an account ({@link AccountClients}). */
    public ConsoleServices(String accountId, PowerVsClient client, RegionCatalog catalog, ServiceSettings settings,
                           Executor uiThread, Clock clock) {
        this(accountId, client, catalog, settings, uiThread, clock, ExplainSources.inMemory(),
                ActionJournal.inMemory(clock));
    }

    /**
     * {@code explain}: the transition history and action record kept beyond this connection;
     * {@code journal}: where the client's requests are written (listed on the History page).
     */
    public ConsoleServices(String accountId, PowerVsClient client, RegionCatalog catalog, ServiceSettings settings,
                           Executor uiThread, Clock clock, ExplainSources explain, ActionJournal journal) {
        this.journal = journal;
        this.catalog = catalog;
        this.activity = new ActivityLog(clock, HISTORY_LIMIT);
        this.executor = new PooledTaskExecutor(settings.workerThreads(), uiThread, activity);
        this.transitions = new Transitions(explain.history(), clock);
        // A third of the workers at most for background lists, so a user's action never waits for them.
        this.inventory = new InventoryService(accountId, client, catalog, executor, clock,
                RefreshPolicy.defaults(settings.autoRefresh()), Math.max(3, settings.workerThreads() - 2));
        // What the console sees settle marks the journal's entry for it FINISHED or FAILED.
        JournalSettler settled = new JournalSettler(journal);
        this.actions = new ActionService(client, executor, settings.pollInterval(), settings.followLimit(), transitions,
                settled);
        this.details = new InstanceDetailsLoader(client, executor, clock);
        this.jobs = new JobTracker(client, executor, activity, inventory, clock, settings.pollInterval(),
                JOB_FOLLOW_LIMIT, transitions, settled);
        this.explainer = new ExplainService(client, executor, new Explainer(FaultCatalog.loadDefault()),
                explain.lastActions(), transitions, clock);
        this.provisioning = new ProvisioningService(client, executor, actions, jobs, inventory);
        this.volumes = new VolumeService(client, executor, settings.pollInterval(), settings.followLimit(),
                transitions, settled);
        // Clones can take many minutes (FAULTS-AND-SEMANTICS 2: about 5 min in IBM's tests): followed like jobs.
        this.volumeChanges = new VolumeChanges(client, executor, settings.pollInterval(), JOB_FOLLOW_LIMIT, transitions,
                settled);
        this.workspaceCatalog = new WorkspaceCatalog(client, executor);
        this.networks = new NetworkService(client, executor, clock);
        this.sshKeys = new SshKeyService(client, executor);
        this.pools = new PoolService(client, executor, inventory);
        this.workspaceFacts = new WorkspaceFactsService(client, executor);
        WorkspaceTasks tasks = new WorkspaceTasks(executor);
        this.images = new ImageService(client, tasks, settings.pollInterval(), settings.followLimit(), transitions,
                settled);
        this.events = new WorkspaceEvents(client, tasks);
        this.usage = new WorkspaceUsage(client, tasks);
        this.exports = new ExportService(executor);
        this.snapshots = new SnapshotService(client, executor, inventory, settings.pollInterval(),
                settings.followLimit(), settled);
        this.instanceNetworks = new InstanceNetworks(client, executor);
        this.queries = new QueryRunner(executor);
    }

    /** Tests queries over large tables off the UI thread (All servers). */
    public QueryRunner queries() {
        return queries;
    }

    /** The action journal this connection's requests are written to. */
    public ActionJournal journal() {
        return journal;
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

    /** The transitions followed now, timed against this console's history. */
    public Transitions transitions() {
        return transitions;
    }

    public ExplainService explain() {
        return explainer;
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

    public VolumeChanges volumeChanges() {
        return volumeChanges;
    }

    /** The workspaces' live catalogs (system pools, storage tiers and pools). */
    public WorkspaceCatalog workspaceCatalog() {
        return workspaceCatalog;
    }

    public NetworkService networks() {
        return networks;
    }

    public SshKeyService sshKeys() {
        return sshKeys;
    }

    public SnapshotService snapshots() {
        return snapshots;
    }

    public InstanceNetworks instanceNetworks() {
        return instanceNetworks;
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
        snapshots.stopAll();
        inventory.close();
        queries.shutdown();
        executor.shutdown();
    }
}
