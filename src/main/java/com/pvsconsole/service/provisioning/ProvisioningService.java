package com.pvsconsole.service.provisioning;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.SapCreate;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SoftwareLicenses;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.jobs.JobListener;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskContext;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creating, resizing and capturing instances: loads what the forms offer, sends the request, then
 * hands the result to a follower (instances until they settle, capture jobs until they end).
 * Every call is a cancellable background task. UI thread only.
 */
public final class ProvisioningService {

    private static final String AVAILABLE = "available";

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final ActionService actions;
    private final JobTracker jobs;
    private final WorkspaceCatalog catalog;
    private final InventoryService inventory;

    /** {@code inventory}: the store whose pools an accepted create changes. */
    public ProvisioningService(PowerVsClient client, TaskExecutor executor, ActionService actions, JobTracker jobs,
                               InventoryService inventory) {
        this.client = client;
        this.executor = executor;
        this.actions = actions;
        this.jobs = jobs;
        this.inventory = inventory;
        this.catalog = new WorkspaceCatalog(client, executor);
    }

    /** The live catalogs (system pools, storage tiers and pools) the forms offer from; pools and groups are the store's. */
    public WorkspaceCatalog catalog() {
        return catalog;
    }

    /**
     * Everything the create wizard offers, read in one task (progress names each step). Networks come from
     * the list only: one request however many networks the workspace has.
     */
    public Pending<CreateOptions> loadCreateOptions(WorkspaceScope scope, String workspaceName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load create options", workspaceName, context -> {
            CancellationToken token = tokenFor(context);
            context.updateProgress(0.1, "images");
            var images = client.listImages(ctx, token);
            var stock = client.listStockImages(ctx, token);
            context.updateProgress(0.4, "networks");
            List<NetworkReference> networks = client.listNetworks(ctx, token);
            context.updateProgress(0.7, "SSH keys, volumes and quota");
            var keys = client.listSshKeys(ctx, token);
            List<VolumeReference> volumes = client.listVolumes(ctx, token).stream()
                    .filter(v -> AVAILABLE.equalsIgnoreCase(v.state()) && !Boolean.TRUE.equals(v.bootVolume()))
                    .toList();
            CloudInstance workspace = client.getCloudInstance(ctx, token);
            List<String> names = workspace.pvmInstances() == null ? List.of()
                    : workspace.pvmInstances().stream().map(PvmInstanceReference::serverName).toList();
            return new CreateOptions(images, stock, networks, keys, volumes, names, Quota.of(workspace));
        }));
    }

    /** One network in full (its CIDR checks a fixed IP); read when the user ticks it. */
    public Pending<Network> loadNetwork(WorkspaceScope scope, String networkId) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load network", networkId,
                cancellable(token -> client.getNetwork(ctx, networkId, token))).quiet());
    }

    /** The SAP profiles of the workspace (the wizard offers them instead of processors and memory). */
    public Pending<List<SapProfile>> loadSapProfiles(WorkspaceScope scope) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load SAP profiles", ctx.cloudInstanceId(),
                cancellable(token -> client.listSapProfiles(ctx, token))).quiet());
    }

    /** The workspace's quota (resize checks against what is left plus what the instance holds). */
    public Pending<Quota> loadQuota(WorkspaceScope scope, String instanceName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load quota", instanceName,
                cancellable(token -> Quota.of(client.getCloudInstance(ctx, token)))).quiet());
    }

    /** The data volumes attached to an instance (capture may include them). */
    public Pending<List<VolumeReference>> loadDataVolumes(WorkspaceScope scope, InstanceTarget target) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load volumes", target.name(),
                        cancellable(token -> client.listInstanceVolumes(ctx, target.id(), token).stream()
                                .filter(v -> !Boolean.TRUE.equals(v.bootVolume())).toList()))
                .quiet());
    }

    /**
     * Sends the create request to {@code scope}; once accepted each new instance is followed from BUILD until ACTIVE or
     * ERROR through {@code progress}. A create into a shared processor pool has the store list the workspace's pools
     * once more (one call, only while a view shows them), so the pool's allocated cores are current at once.
     */
    public Pending<List<PvmInstance>> create(WorkspaceScope scope, PvmInstanceCreate request, ActionListener progress) {
        WorkspaceContext ctx = scope.context();
        // Quiet when accepted: each new server's Activity entry runs until it is ACTIVE (or ERROR).
        Pending<List<PvmInstance>> sent = executor.start(BackgroundTask.of("Create instance", request.serverName(),
                cancellable(token -> client.createInstance(ctx, request, token))).quiet());
        Pending<List<PvmInstance>> result = follow(scope, progress, sent);
        if (request.sharedProcessorPool() != null && !request.sharedProcessorPool().isBlank()) {
            // After the caller's outcomes (a wizard closing gives its need back first), like the follow.
            sent.onSuccess(created -> inventory.relist(scope, ResourceKind.SHARED_PROCESSOR_POOLS));
        }
        return result;
    }

    /** Sends an SAP create ({@code POST .../sap}: the profile sizes it) to {@code scope}; followed like any create. */
    public Pending<List<PvmInstance>> createSap(WorkspaceScope scope, SapCreate request, ActionListener progress) {
        WorkspaceContext ctx = scope.context();
        return follow(scope, progress, executor.start(BackgroundTask.of("Create SAP instance", request.name(),
                cancellable(token -> client.createSapInstance(ctx, request, token))).quiet()));
    }

    /**
     * The caller's outcomes run first (its table adds the new rows), then the follow starts, so the rows it
     * marks busy exist.
     */
    private Pending<List<PvmInstance>> follow(WorkspaceScope scope, ActionListener progress,
                                              Pending<List<PvmInstance>> sent) {
        Pending<List<PvmInstance>> result = sent.map(created -> created);
        sent.onSuccess(created -> actions.followChange(scope, InstanceActionKind.CREATE, created.stream()
                .map(i -> new InstanceTarget(i.pvmInstanceID(), i.serverName(), i.status() == null ? "BUILD" : i.status()))
                .toList(), progress));
        return result;
    }

    /** Sends the resize; once accepted the instance is followed until it rests again. */
    public Pending<PvmInstanceUpdateResponse> resize(WorkspaceScope scope, InstanceTarget target,
                                                     PvmInstanceUpdate request, ActionListener progress) {
        WorkspaceContext ctx = scope.context();
        Pending<PvmInstanceUpdateResponse> sent = executor.start(BackgroundTask.of("Resize", target.name(),
                cancellable(token -> client.updateInstance(ctx, target.id(), request, token))).quiet());
        Pending<PvmInstanceUpdateResponse> result = sent.map(answer -> answer);
        sent.onSuccess(answer -> actions.followChange(scope, InstanceActionKind.RESIZE, List.of(target), progress));
        return result;
    }

    /** The IBM i licences an instance has now (from the instance itself). */
    public Pending<SoftwareLicenses> loadLicences(WorkspaceScope scope, InstanceTarget target) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load IBM i licences", target.name(),
                cancellable(token -> {
                    SoftwareLicenses now = client.getInstance(ctx, target.id(), token).softwareLicenses();
                    return now == null ? new SoftwareLicenses(false, null, false, null, null, false, 0L) : now;
                })).quiet());
    }

    /**
     * Changes the IBM i licences (an update with only {@code softwareLicenses}: the service documents a
     * timeout when they travel with a memory change).
     */
    public Pending<PvmInstanceUpdateResponse> updateLicences(WorkspaceScope scope, InstanceTarget target,
                                                             SoftwareLicenses licences) {
        WorkspaceContext ctx = scope.context();
        PvmInstanceUpdate request = licencesUpdate(licences);
        return executor.start(BackgroundTask.of("Change IBM i licences", target.name(),
                cancellable(token -> client.updateInstance(ctx, target.id(), request, token))));
    }

    /** The update {@link #updateLicences} sends: the licences alone (also for Copy as code). */
    public static PvmInstanceUpdate licencesUpdate(SoftwareLicenses licences) {
        return PvmInstanceUpdate.builder().softwareLicenses(licences).build();
    }

    /** The console languages the instance offers. */
    public Pending<List<ConsoleLanguage>> loadConsoleLanguages(WorkspaceScope scope, InstanceTarget target) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load console languages", target.name(),
                cancellable(token -> client.listConsoleLanguages(ctx, target.id(), token))).quiet());
    }

    /** Sets the console language; the service ends every open console session of the instance. */
    public Pending<ConsoleLanguage> setConsoleLanguage(WorkspaceScope scope, InstanceTarget target, String code) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Set console language", target.name(),
                cancellable(token -> client.updateConsoleLanguage(ctx, target.id(), code, token))));
    }

    /** Queues the capture; once accepted its job is followed to the end (an Activity entry). */
    public Pending<JobReference> capture(WorkspaceScope scope, InstanceTarget target, PvmInstanceCapture request,
                                         JobListener jobListener) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Capture", target.name(),
                        cancellable(token -> client.captureInstance(ctx, target.id(), request, token)))
                .onSuccess(reference -> jobs.track(scope, reference.id(), "Capture image " + request.captureName(),
                        target.name(), jobListener)));
    }

    /** The request's outcome for the caller, with {@code follow} started once the caller's success callbacks ran. */
    private static <T> Pending<T> thenFollow(Pending<T> request, Consumer<T> follow) {
        Pending<T> accepted = request.map(answer -> answer);
        request.onSuccess(follow);
        return accepted;
    }

    private static CancellationToken tokenFor(TaskContext context) {
        CancellationToken token = new CancellationToken();
        context.onCancel(token::cancel);
        return token;
    }
}
