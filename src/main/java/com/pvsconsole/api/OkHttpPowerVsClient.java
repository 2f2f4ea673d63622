package com.pvsconsole.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.pvsconsole.api.auth.AccessTokenSource;
import com.pvsconsole.api.auth.IamTokenClient;
import com.pvsconsole.api.auth.IamTokenManager;
import com.pvsconsole.api.http.ApiCall;
import com.pvsconsole.api.http.CallExecutor;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.http.RequestFactory;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.Datacenters;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Events;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Images;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.Jobs;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.api.model.NetworkPorts;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.Networks;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceAction;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.PvmInstances;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.SshKeys;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Volumes;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.model.Workspaces;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * {@link PowerVsClient} over OkHttp. Each method maps to one operation of the definition; paths below are
 * copied from it. Transport concerns (auth, retries, errors, logging) live in {@link CallExecutor}.
 */
public final class OkHttpPowerVsClient implements PowerVsClient {

    private static final String CLOUD_INSTANCE = "/pcloud/v1/cloud-instances/{cloud_instance_id}";
    private static final String INSTANCES = CLOUD_INSTANCE + "/pvm-instances";
    private static final String INSTANCE = INSTANCES + "/{pvm_instance_id}";
    /** Capture lives under v2 (the v1 route is deprecated and answers an untyped object). */
    private static final String INSTANCE_V2 = "/pcloud/v2/cloud-instances/{cloud_instance_id}/pvm-instances/{pvm_instance_id}";
    private static final String VOLUMES = CLOUD_INSTANCE + "/volumes";
    private static final String NETWORKS = CLOUD_INSTANCE + "/networks";
    private static final String SSH_KEYS = "/pcloud/v1/tenants/{tenant_id}/sshkeys";
    /** Instance create answers {@code PVMInstanceList}: a bare JSON array. */
    private static final JavaType PVM_INSTANCE_LIST =
            TypeFactory.defaultInstance().constructCollectionType(List.class, PvmInstance.class);

    private final CallExecutor executor;

    OkHttpPowerVsClient(CallExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Builds the client, its IAM token manager and its HTTP stack from {@code config}. */
    public static OkHttpPowerVsClient create(PowerVsClientConfig config) {
        OkHttpClient http = config.baseHttpClient().newBuilder()
                .dns(config.dns())
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false) // our RetryPolicy decides; OkHttp would silently resend POSTs
                .build();
        ObjectMapper json = JsonMapper.create();
        IamTokenClient iam = new IamTokenClient(http, config.iamBaseUrl(), config.userAgent(), config.clock());
        AccessTokenSource tokens = new IamTokenManager(iam, config.apiKey(), config.clock());
        RequestFactory requests = new RequestFactory(config.endpointUrls(), json, config.userAgent());
        return new OkHttpPowerVsClient(
                new CallExecutor(http, requests, tokens, config.retryPolicy(), config.sleeper(), json));
    }

    @Override
    public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
        ApiCall call = ApiCall.to(endpoint, null, "GET", "/v1/workspaces").build();
        return orEmpty(executor.execute(call, Workspaces.class, cancel).workspaces());
    }

    @Override
    public Workspace getWorkspace(RegionEndpoint endpoint, String workspaceId, CancellationToken cancel) {
        ApiCall call = ApiCall.to(endpoint, null, "GET", "/v1/workspaces/{workspace_id}").path(workspaceId).build();
        return executor.execute(call, Workspace.class, cancel);
    }

    @Override
    public List<Datacenter> listDatacenters(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = ApiCall.to(ctx.endpoint(), ctx.crn(), "GET", "/v1/datacenters").build();
        return orEmpty(executor.execute(call, Datacenters.class, cancel).datacenters());
    }

    @Override
    public CloudInstance getCloudInstance(WorkspaceContext ctx, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE).build(), CloudInstance.class, cancel);
    }

    @Override
    public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", INSTANCES).build();
        return orEmpty(executor.execute(call, PvmInstances.class, cancel).pvmInstances());
    }

    @Override
    public PvmInstance getInstance(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", INSTANCE).path(instanceId).build(), PvmInstance.class,
                cancel);
    }

    @Override
    public List<PvmInstance> createInstance(WorkspaceContext ctx, PvmInstanceCreate request, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "POST", INSTANCES).body(Objects.requireNonNull(request, "request")).build();
        return orEmpty(executor.execute(call, PVM_INSTANCE_LIST, cancel));
    }

    @Override
    public void performInstanceAction(WorkspaceContext ctx, String instanceId, InstanceAction action,
            CancellationToken cancel) {
        PvmInstanceAction body = new PvmInstanceAction(Objects.requireNonNull(action, "action").wireValue());
        executor.executeDiscardingBody(workspaceCall(ctx, "POST", INSTANCE + "/action").path(instanceId).body(body)
                .build(), cancel);
    }

    @Override
    public PvmInstanceUpdateResponse updateInstance(WorkspaceContext ctx, String instanceId,
            PvmInstanceUpdate request, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "PUT", INSTANCE).path(instanceId)
                .body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, PvmInstanceUpdateResponse.class, cancel);
    }

    @Override
    public void deleteInstance(WorkspaceContext ctx, String instanceId, boolean deleteDataVolumes,
            CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", INSTANCE).path(instanceId)
                .query("delete_data_volumes", deleteDataVolumes).build(), cancel);
    }

    @Override
    public JobReference captureInstance(WorkspaceContext ctx, String instanceId, PvmInstanceCapture request,
            CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "POST", INSTANCE_V2 + "/capture").path(instanceId)
                .body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, JobReference.class, cancel);
    }

    @Override
    public PvmInstanceConsole createConsoleUrl(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", INSTANCE + "/console").path(instanceId).build(),
                PvmInstanceConsole.class, cancel);
    }

    @Override
    public List<VolumeReference> listVolumes(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", VOLUMES).build(), Volumes.class, cancel).volumes());
    }

    @Override
    public List<VolumeReference> listInstanceVolumes(WorkspaceContext ctx, String instanceId,
            CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", INSTANCE + "/volumes").path(instanceId).build();
        return orEmpty(executor.execute(call, Volumes.class, cancel).volumes());
    }

    @Override
    public Volume getVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", VOLUMES + "/{volume_id}").path(volumeId).build(),
                Volume.class, cancel);
    }

    @Override
    public Volume createVolume(WorkspaceContext ctx, CreateDataVolume request, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", VOLUMES).body(Objects.requireNonNull(request, "request"))
                .build(), Volume.class, cancel);
    }

    @Override
    public void attachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "POST", INSTANCE + "/volumes/{volume_id}")
                .path(instanceId, volumeId).build(), cancel);
    }

    @Override
    public void detachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", INSTANCE + "/volumes/{volume_id}")
                .path(instanceId, volumeId).build(), cancel);
    }

    @Override
    public void deleteVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", VOLUMES + "/{volume_id}").path(volumeId).build(),
                cancel);
    }

    @Override
    public List<NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", NETWORKS).build(), Networks.class, cancel)
                .networks());
    }

    @Override
    public Network getNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", NETWORKS + "/{network_id}").path(networkId).build(),
                Network.class, cancel);
    }

    @Override
    public Network createNetwork(WorkspaceContext ctx, NetworkCreate request, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", NETWORKS).body(Objects.requireNonNull(request, "request"))
                .build(), Network.class, cancel);
    }

    @Override
    public void deleteNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", NETWORKS + "/{network_id}").path(networkId)
                .build(), cancel);
    }

    @Override
    public List<NetworkPort> listNetworkPorts(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", NETWORKS + "/{network_id}/ports").path(networkId).build();
        return orEmpty(executor.execute(call, NetworkPorts.class, cancel).ports());
    }

    @Override
    public List<ImageReference> listImages(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/images").build();
        return orEmpty(executor.execute(call, Images.class, cancel).images());
    }

    @Override
    public List<ImageReference> listStockImages(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/stock-images").build();
        return orEmpty(executor.execute(call, Images.class, cancel).images());
    }

    @Override
    public Image getImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/images/{image_id}").path(imageId)
                .build(), Image.class, cancel);
    }

    @Override
    public Image getStockImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/stock-images/{image_id}").path(imageId)
                .build(), Image.class, cancel);
    }

    @Override
    public Image createImage(WorkspaceContext ctx, CreateImage request, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", CLOUD_INSTANCE + "/images")
                .body(Objects.requireNonNull(request, "request")).build(), Image.class, cancel);
    }

    @Override
    public void deleteImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", CLOUD_INSTANCE + "/images/{image_id}")
                .path(imageId).build(), cancel);
    }

    @Override
    public List<SshKey> listSshKeys(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = tenantCall(ctx, "GET", SSH_KEYS).build();
        return orEmpty(executor.execute(call, SshKeys.class, cancel).sshKeys());
    }

    @Override
    public SshKey createSshKey(WorkspaceContext ctx, SshKey key, CancellationToken cancel) {
        return executor.execute(tenantCall(ctx, "POST", SSH_KEYS).body(Objects.requireNonNull(key, "key")).build(),
                SshKey.class, cancel);
    }

    @Override
    public void deleteSshKey(WorkspaceContext ctx, String keyName, CancellationToken cancel) {
        executor.executeDiscardingBody(tenantCall(ctx, "DELETE", SSH_KEYS + "/{sshkey_name}").path(keyName).build(),
                cancel);
    }

    @Override
    public List<Event> listEvents(WorkspaceContext ctx, Instant from, Instant to, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/events")
                .query("from_time", Objects.requireNonNull(from, "from")).query("to_time", to).build();
        return orEmpty(executor.execute(call, Events.class, cancel).events());
    }

    @Override
    public List<Job> listJobs(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/jobs").build(), Jobs.class,
                cancel).jobs());
    }

    @Override
    public Job getJob(WorkspaceContext ctx, String jobId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/jobs/{job_id}").path(jobId).build(),
                Job.class, cancel);
    }

    /** A call under {@code /pcloud/v1/cloud-instances/{cloud_instance_id}}: the CRN's instance id goes first. */
    private static ApiCall.Builder workspaceCall(WorkspaceContext ctx, String method, String template) {
        return ApiCall.to(ctx.endpoint(), ctx.crn(), method, template).path(ctx.cloudInstanceId());
    }

    /** A call under {@code /pcloud/v1/tenants/{tenant_id}}: the tenant is the CRN's account. */
    private static ApiCall.Builder tenantCall(WorkspaceContext ctx, String method, String template) {
        return ApiCall.to(ctx.endpoint(), ctx.crn(), method, template).path(ctx.tenantId());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
