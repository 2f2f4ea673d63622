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
import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.api.model.ConsoleLanguages;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.Datacenters;
import com.pvsconsole.api.model.DhcpServer;
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
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.api.model.NetworkInterfaces;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.NetworkSecurityGroup;
import com.pvsconsole.api.model.NetworkSecurityGroups;
import com.pvsconsole.api.model.Networks;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.PlacementGroupServer;
import com.pvsconsole.api.model.PlacementGroups;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceAction;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.PvmInstances;
import com.pvsconsole.api.model.SapCreate;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SapProfiles;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolDetail;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.SharedProcessorPools;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.Snapshots;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.SppPlacementGroups;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.SshKeys;
import com.pvsconsole.api.model.StoragePoolsCapacity;
import com.pvsconsole.api.model.StorageTier;
import com.pvsconsole.api.model.SystemPool;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Volumes;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.VolumesDelete;
import com.pvsconsole.api.model.VolumesDeleteResponse;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.model.Workspaces;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final String VOLUMES_V2 = "/pcloud/v2/cloud-instances/{cloud_instance_id}/volumes";
    private static final String SNAPSHOTS = CLOUD_INSTANCE + "/snapshots";
    private static final String INTERFACES = "/v1/networks/{network_id}/network-interfaces";
    private static final String POOLS = CLOUD_INSTANCE + "/shared-processor-pools";
    private static final String PLACEMENT_GROUPS = CLOUD_INSTANCE + "/placement-groups";
    private static final String SPP_PLACEMENT_GROUPS = CLOUD_INSTANCE + "/spp-placement-groups";
    private static final String SSH_KEYS = "/pcloud/v1/tenants/{tenant_id}/sshkeys";
    /** Instance create answers {@code PVMInstanceList}: a bare JSON array. */
    private static final JavaType PVM_INSTANCE_LIST =
            TypeFactory.defaultInstance().constructCollectionType(List.class, PvmInstance.class);
    /** {@code SystemPools} is a JSON object keyed by system type. */
    private static final JavaType SYSTEM_POOLS =
            TypeFactory.defaultInstance().constructMapType(LinkedHashMap.class, String.class, SystemPool.class);
    /** {@code RegionStorageTiers} and {@code DHCPServers} are bare JSON arrays. */
    private static final JavaType STORAGE_TIERS =
            TypeFactory.defaultInstance().constructCollectionType(List.class, StorageTier.class);
    private static final JavaType DHCP_SERVERS =
            TypeFactory.defaultInstance().constructCollectionType(List.class, DhcpServer.class);

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
        // Writes share the connection pool but wait minutes: a create that times out may still be carried out.
        OkHttpClient writes = http.newBuilder().readTimeout(config.writeTimeout()).writeTimeout(config.writeTimeout())
                .callTimeout(config.writeTimeout().plus(config.connectTimeout())).build();
        ObjectMapper json = JsonMapper.create();
        IamTokenClient iam = new IamTokenClient(http, config.iamBaseUrl(), config.userAgent(), config.clock());
        AccessTokenSource tokens = new IamTokenManager(iam, config.apiKey(), config.clock());
        RequestFactory requests = new RequestFactory(config.endpointUrls(), json, config.userAgent());
        return new OkHttpPowerVsClient(
                new CallExecutor(http, writes, requests, tokens, config.retryPolicy(), config.sleeper(), json,
                        config.mutationObserver()));
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
    public List<Datacenter> listDatacenters(RegionEndpoint endpoint, CancellationToken cancel) {
        String path = endpoint.type() == EndpointType.PRIVATE ? "/v1/datacenters/private" : "/v1/datacenters";
        ApiCall call = ApiCall.to(endpoint, null, "GET", path).build();
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

    @Override
    public Volume updateVolume(WorkspaceContext ctx, String volumeId, Double currentSize, UpdateVolume request,
            CancellationToken cancel) {
        Objects.requireNonNull(request, "request");
        if (currentSize != null && request.size() != null && request.size() < currentSize) {
            throw PowerVsException.invalidInput("input.volume.shrink",
                    "Volume size " + request.size() + " GB is below the current " + currentSize + " GB");
        }
        return executor.execute(workspaceCall(ctx, "PUT", VOLUMES + "/{volume_id}").path(volumeId).body(request)
                .build(), Volume.class, cancel);
    }

    @Override
    public void performVolumeAction(WorkspaceContext ctx, String volumeId, VolumeAction action,
            CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "POST", VOLUMES + "/{volume_id}/action").path(volumeId)
                .body(Objects.requireNonNull(action, "action")).build(), cancel);
    }

    @Override
    public CloneTaskReference cloneVolumes(WorkspaceContext ctx, VolumesCloneAsyncRequest request,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", VOLUMES_V2 + "/clone")
                .body(Objects.requireNonNull(request, "request")).build(), CloneTaskReference.class, cancel);
    }

    @Override
    public CloneTaskStatus getCloneTask(WorkspaceContext ctx, String cloneTaskId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", VOLUMES_V2 + "/clone-tasks/{clone_task_id}")
                .path(cloneTaskId).build(), CloneTaskStatus.class, cancel);
    }

    @Override
    public VolumesDeleteResponse deleteVolumes(WorkspaceContext ctx, List<String> volumeIds,
            CancellationToken cancel) {
        if (volumeIds == null || volumeIds.isEmpty()) {
            throw PowerVsException.invalidInput("input.argument", "No volumes to delete");
        }
        return executor.execute(workspaceCall(ctx, "DELETE", VOLUMES_V2).body(new VolumesDelete(List.copyOf(volumeIds)))
                .build(), VolumesDeleteResponse.class, cancel);
    }

    @Override
    public List<Snapshot> listSnapshots(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", SNAPSHOTS).build(), Snapshots.class, cancel)
                .snapshots());
    }

    @Override
    public List<Snapshot> listInstanceSnapshots(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "GET", INSTANCE + "/snapshots").path(instanceId).build();
        return orEmpty(executor.execute(call, Snapshots.class, cancel).snapshots());
    }

    @Override
    public Snapshot getSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", SNAPSHOTS + "/{snapshot_id}").path(snapshotId).build(),
                Snapshot.class, cancel);
    }

    @Override
    public SnapshotCreateResponse createSnapshot(WorkspaceContext ctx, String instanceId, SnapshotCreate request,
            CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "POST", INSTANCE + "/snapshots").path(instanceId)
                .body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, SnapshotCreateResponse.class, cancel);
    }

    @Override
    public Snapshot restoreSnapshot(WorkspaceContext ctx, String instanceId, String snapshotId,
            SnapshotRestore request, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "POST", INSTANCE + "/snapshots/{snapshot_id}/restore")
                .path(instanceId, snapshotId).body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, Snapshot.class, cancel);
    }

    @Override
    public void deleteSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", SNAPSHOTS + "/{snapshot_id}").path(snapshotId)
                .build(), cancel);
    }

    @Override
    public List<NetworkInterface> listNetworkInterfaces(WorkspaceContext ctx, String networkId,
            CancellationToken cancel) {
        ApiCall call = ApiCall.to(ctx.endpoint(), ctx.crn(), "GET", INTERFACES).path(networkId).build();
        return orEmpty(executor.execute(call, NetworkInterfaces.class, cancel).interfaces());
    }

    @Override
    public NetworkInterface createNetworkInterface(WorkspaceContext ctx, String networkId,
            NetworkInterfaceCreate request, CancellationToken cancel) {
        ApiCall call = ApiCall.to(ctx.endpoint(), ctx.crn(), "POST", INTERFACES).path(networkId)
                .body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, NetworkInterface.class, cancel);
    }

    @Override
    public NetworkInterface updateNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            NetworkInterfaceUpdate request, CancellationToken cancel) {
        ApiCall call = ApiCall.to(ctx.endpoint(), ctx.crn(), "PUT", INTERFACES + "/{network_interface_id}")
                .path(networkId, interfaceId).body(Objects.requireNonNull(request, "request")).build();
        return executor.execute(call, NetworkInterface.class, cancel);
    }

    @Override
    public NetworkInterface getNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            CancellationToken cancel) {
        return executor.execute(ApiCall.to(ctx.endpoint(), ctx.crn(), "GET", INTERFACES + "/{network_interface_id}")
                .path(networkId, interfaceId).build(), NetworkInterface.class, cancel);
    }

    @Override
    public void deleteNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            CancellationToken cancel) {
        executor.executeDiscardingBody(ApiCall.to(ctx.endpoint(), ctx.crn(), "DELETE",
                INTERFACES + "/{network_interface_id}").path(networkId, interfaceId).build(), cancel);
    }

    @Override
    public List<NetworkSecurityGroup> listNetworkSecurityGroups(WorkspaceContext ctx, CancellationToken cancel) {
        ApiCall call = ApiCall.to(ctx.endpoint(), ctx.crn(), "GET", "/v1/network-security-groups").build();
        return orEmpty(executor.execute(call, NetworkSecurityGroups.class, cancel).networkSecurityGroups());
    }

    @Override
    public List<DhcpServer> listDhcpServers(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/services/dhcp").build(),
                DHCP_SERVERS, cancel));
    }

    @Override
    public Map<String, SystemPool> listSystemPools(WorkspaceContext ctx, CancellationToken cancel) {
        Map<String, SystemPool> pools = executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/system-pools")
                .build(), SYSTEM_POOLS, cancel);
        return pools == null ? Map.of() : pools;
    }

    @Override
    public List<StorageTier> listStorageTiers(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/storage-tiers").build(),
                STORAGE_TIERS, cancel));
    }

    @Override
    public StoragePoolsCapacity getStoragePoolsCapacity(WorkspaceContext ctx, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/storage-capacity/storage-pools")
                .build(), StoragePoolsCapacity.class, cancel);
    }

    @Override
    public List<SharedProcessorPool> listSharedProcessorPools(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", POOLS).build(), SharedProcessorPools.class, cancel)
                .sharedProcessorPools());
    }

    @Override
    public SharedProcessorPoolDetail getSharedProcessorPool(WorkspaceContext ctx, String poolId,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", POOLS + "/{shared_processor_pool_id}").path(poolId)
                .build(), SharedProcessorPoolDetail.class, cancel);
    }

    @Override
    public SharedProcessorPool createSharedProcessorPool(WorkspaceContext ctx, SharedProcessorPoolCreate request,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", POOLS).body(Objects.requireNonNull(request, "request"))
                .build(), SharedProcessorPool.class, cancel);
    }

    @Override
    public SharedProcessorPool updateSharedProcessorPool(WorkspaceContext ctx, String poolId,
            SharedProcessorPoolUpdate request, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "PUT", POOLS + "/{shared_processor_pool_id}").path(poolId)
                .body(Objects.requireNonNull(request, "request")).build(), SharedProcessorPool.class, cancel);
    }

    @Override
    public void deleteSharedProcessorPool(WorkspaceContext ctx, String poolId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", POOLS + "/{shared_processor_pool_id}")
                .path(poolId).build(), cancel);
    }

    @Override
    public List<PlacementGroup> listPlacementGroups(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", PLACEMENT_GROUPS).build(), PlacementGroups.class,
                cancel).placementGroups());
    }

    @Override
    public PlacementGroup getPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", PLACEMENT_GROUPS + "/{placement_group_id}").path(groupId)
                .build(), PlacementGroup.class, cancel);
    }

    @Override
    public PlacementGroup createPlacementGroup(WorkspaceContext ctx, PlacementGroupCreate request,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", PLACEMENT_GROUPS)
                .body(Objects.requireNonNull(request, "request")).build(), PlacementGroup.class, cancel);
    }

    @Override
    public void deletePlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", PLACEMENT_GROUPS + "/{placement_group_id}")
                .path(groupId).build(), cancel);
    }

    @Override
    public PlacementGroup addPlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId,
            CancellationToken cancel) {
        return placementGroupMember(ctx, "POST", groupId, instanceId, cancel);
    }

    @Override
    public PlacementGroup removePlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId,
            CancellationToken cancel) {
        return placementGroupMember(ctx, "DELETE", groupId, instanceId, cancel);
    }

    private PlacementGroup placementGroupMember(WorkspaceContext ctx, String method, String groupId,
            String instanceId, CancellationToken cancel) {
        if (instanceId == null || instanceId.isBlank()) {
            throw PowerVsException.invalidInput("input.argument", "No instance for the placement group");
        }
        ApiCall call = workspaceCall(ctx, method, PLACEMENT_GROUPS + "/{placement_group_id}/members").path(groupId)
                .body(new PlacementGroupServer(instanceId)).build();
        return executor.execute(call, PlacementGroup.class, cancel);
    }

    @Override
    public List<SppPlacementGroup> listSppPlacementGroups(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", SPP_PLACEMENT_GROUPS).build(),
                SppPlacementGroups.class, cancel).sppPlacementGroups());
    }

    @Override
    public SppPlacementGroup getSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", SPP_PLACEMENT_GROUPS + "/{spp_placement_group_id}")
                .path(groupId).build(), SppPlacementGroup.class, cancel);
    }

    @Override
    public SppPlacementGroup createSppPlacementGroup(WorkspaceContext ctx, SppPlacementGroupCreate request,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", SPP_PLACEMENT_GROUPS)
                .body(Objects.requireNonNull(request, "request")).build(), SppPlacementGroup.class, cancel);
    }

    @Override
    public void deleteSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        executor.executeDiscardingBody(workspaceCall(ctx, "DELETE", SPP_PLACEMENT_GROUPS
                + "/{spp_placement_group_id}").path(groupId).build(), cancel);
    }

    @Override
    public SppPlacementGroup addSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "POST", SPP_PLACEMENT_GROUPS
                + "/{spp_placement_group_id}/members/{shared_processor_pool_id}").path(groupId, poolId).build(),
                SppPlacementGroup.class, cancel);
    }

    @Override
    public SppPlacementGroup removeSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId,
            CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "DELETE", SPP_PLACEMENT_GROUPS
                + "/{spp_placement_group_id}/members/{shared_processor_pool_id}").path(groupId, poolId).build(),
                SppPlacementGroup.class, cancel);
    }

    @Override
    public List<ConsoleLanguage> listConsoleLanguages(WorkspaceContext ctx, String instanceId,
            CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", INSTANCE + "/console").path(instanceId).build(),
                ConsoleLanguages.class, cancel).consoleLanguages());
    }

    @Override
    public ConsoleLanguage updateConsoleLanguage(WorkspaceContext ctx, String instanceId, String code,
            CancellationToken cancel) {
        if (code == null || code.isBlank()) {
            throw PowerVsException.invalidInput("input.argument", "No console language code");
        }
        return executor.execute(workspaceCall(ctx, "PUT", INSTANCE + "/console").path(instanceId)
                .body(new ConsoleLanguage(code, null)).build(), ConsoleLanguage.class, cancel);
    }

    @Override
    public List<SapProfile> listSapProfiles(WorkspaceContext ctx, CancellationToken cancel) {
        return orEmpty(executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/sap").build(), SapProfiles.class,
                cancel).profiles());
    }

    @Override
    public SapProfile getSapProfile(WorkspaceContext ctx, String profileId, CancellationToken cancel) {
        return executor.execute(workspaceCall(ctx, "GET", CLOUD_INSTANCE + "/sap/{sap_profile_id}").path(profileId)
                .build(), SapProfile.class, cancel);
    }

    @Override
    public List<PvmInstance> createSapInstance(WorkspaceContext ctx, SapCreate request, CancellationToken cancel) {
        ApiCall call = workspaceCall(ctx, "POST", CLOUD_INSTANCE + "/sap").body(Objects.requireNonNull(request, "request"))
                .build();
        return orEmpty(executor.execute(call, PVM_INSTANCE_LIST, cancel));
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
