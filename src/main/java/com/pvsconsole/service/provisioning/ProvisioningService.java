package com.pvsconsole.service.provisioning;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.jobs.JobListener;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskContext;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.ArrayList;
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

    public ProvisioningService(PowerVsClient client, TaskExecutor executor, ActionService actions, JobTracker jobs) {
        this.client = client;
        this.executor = executor;
        this.actions = actions;
        this.jobs = jobs;
    }

    /** Everything the create wizard offers, read in one task (progress names each step). */
    public Pending<CreateOptions> loadCreateOptions(WorkspaceContext ctx, String workspaceName) {
        return executor.start(BackgroundTask.of("Load create options", workspaceName, context -> {
                    CancellationToken token = tokenFor(context);
                    context.updateProgress(0.1, "images");
                    var images = client.listImages(ctx, token);
                    var stock = client.listStockImages(ctx, token);
                    context.updateProgress(0.4, "networks");
                    List<Network> networks = new ArrayList<>();
                    for (NetworkReference ref : client.listNetworks(ctx, token)) {
                        networks.add(client.getNetwork(ctx, ref.networkID(), token));
                    }
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

    /** The workspace's quota (resize checks against what is left plus what the instance holds). */
    public Pending<Quota> loadQuota(WorkspaceContext ctx, String instanceName) {
        return executor.start(BackgroundTask.of("Load quota", instanceName,
                        cancellable(token -> Quota.of(client.getCloudInstance(ctx, token))))
                .quiet());
    }

    /** The data volumes attached to an instance (capture may include them). */
    public Pending<List<VolumeReference>> loadDataVolumes(WorkspaceContext ctx, InstanceTarget target) {
        return executor.start(BackgroundTask.of("Load volumes", target.name(),
                        cancellable(token -> client.listInstanceVolumes(ctx, target.id(), token).stream()
                                .filter(v -> !Boolean.TRUE.equals(v.bootVolume())).toList()))
                .quiet());
    }

    /**
     * Sends the create request; the handle succeeds with the new instance(s), and each is then
     * followed from BUILD until ACTIVE or ERROR through {@code progress} (the follow starts after
     * the outcomes the caller attached before the answer came).
     */
    public Pending<List<PvmInstance>> create(WorkspaceContext ctx, PvmInstanceCreate request, ActionListener progress) {
        // Quiet when accepted: each new server's Activity entry runs until it is ACTIVE (or ERROR).
        return thenFollow(executor.start(BackgroundTask.of("Create instance", request.serverName(),
                        cancellable(token -> client.createInstance(ctx, request, token)))
                .quiet()), created -> actions.followChange(ctx, InstanceActionKind.CREATE, created.stream()
                .map(i -> new InstanceTarget(i.pvmInstanceID(), i.serverName(), i.status() == null ? "BUILD" : i.status()))
                .toList(), progress));
    }

    /** Sends the resize; once accepted (the handle succeeds) the instance is followed until it rests again. */
    public Pending<PvmInstanceUpdateResponse> resize(WorkspaceContext ctx, InstanceTarget target, PvmInstanceUpdate request,
                                                     ActionListener progress) {
        return thenFollow(executor.start(BackgroundTask.of("Resize", target.name(),
                        cancellable(token -> client.updateInstance(ctx, target.id(), request, token)))
                .quiet()), answer -> actions.followChange(ctx, InstanceActionKind.RESIZE, List.of(target), progress));
    }

    /** Queues the capture; once accepted its job is followed to the end (an Activity entry). */
    public Pending<JobReference> capture(WorkspaceContext ctx, InstanceTarget target, PvmInstanceCapture request,
                                         JobListener jobListener) {
        return executor.start(BackgroundTask.of("Capture", target.name(),
                        cancellable(token -> client.captureInstance(ctx, target.id(), request, token)))
                .onSuccess(reference -> jobs.track(ctx, reference.id(), "Capture image " + request.captureName(),
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
