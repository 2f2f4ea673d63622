package com.pvsconsole.api;

import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.DhcpServer;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.NetworkSecurityGroup;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.SapCreate;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.model.SharedProcessorPoolDetail;
import com.pvsconsole.api.model.SharedProcessorPoolUpdate;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.StoragePoolsCapacity;
import com.pvsconsole.api.model.StorageTier;
import com.pvsconsole.api.model.SystemPool;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.VolumesDeleteResponse;
import com.pvsconsole.api.model.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Power Virtual Server API as the rest of the console sees it. Methods block: call them from a
 * background thread. Each takes a {@link CancellationToken}; cancelling it aborts the call. Every
 * failure is a {@link PowerVsException}. List methods return an empty list when the service omits it.
 */
public interface PowerVsClient {

    // Workspaces: Authorization only, no CRN header.

    /** {@code GET /v1/workspaces}: the workspaces of the account in this region. */
    List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel);

    /** {@code GET /v1/workspaces/{workspace_id}}. */
    Workspace getWorkspace(RegionEndpoint endpoint, String workspaceId, CancellationToken cancel);

    /**
     * {@code GET /v1/datacenters}, or {@code GET /v1/datacenters/private} on a private endpoint: the live
     * datacenter list (regions, status, capabilities). Needs no workspace, like IBM's SDK and Terraform
     * provider: only Authorization is sent.
     */
    List<Datacenter> listDatacenters(RegionEndpoint endpoint, CancellationToken cancel);

    /** {@code GET /pcloud/v1/cloud-instances/{id}}: usage, limits and instance references. */
    CloudInstance getCloudInstance(WorkspaceContext ctx, CancellationToken cancel);

    // PVM instances

    List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel);

    PvmInstance getInstance(WorkspaceContext ctx, String instanceId, CancellationToken cancel);

    /** Answers with the created instance(s) (more than one when {@code replicants} is set). */
    List<PvmInstance> createInstance(WorkspaceContext ctx, PvmInstanceCreate request, CancellationToken cancel);

    void performInstanceAction(WorkspaceContext ctx, String instanceId, InstanceAction action,
            CancellationToken cancel);

    /** Rename, resize (processors, memory, proc type) and other changes; answers 202. */
    PvmInstanceUpdateResponse updateInstance(WorkspaceContext ctx, String instanceId, PvmInstanceUpdate request,
            CancellationToken cancel);

    /** Deletes the instance; {@code deleteDataVolumes} also deletes its (unshared) data volumes. */
    void deleteInstance(WorkspaceContext ctx, String instanceId, boolean deleteDataVolumes, CancellationToken cancel);

    /**
     * {@code POST /pcloud/v2/.../pvm-instances/{id}/capture}: queues a capture job (202 with a
     * {@link JobReference}); follow it with {@link #getJob}. The v1 route is deprecated.
     */
    JobReference captureInstance(WorkspaceContext ctx, String instanceId, PvmInstanceCapture request,
            CancellationToken cancel);

    /** {@code POST .../console}: a fresh noVNC console URL. */
    PvmInstanceConsole createConsoleUrl(WorkspaceContext ctx, String instanceId, CancellationToken cancel);

    // Volumes

    List<VolumeReference> listVolumes(WorkspaceContext ctx, CancellationToken cancel);

    List<VolumeReference> listInstanceVolumes(WorkspaceContext ctx, String instanceId, CancellationToken cancel);

    Volume getVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel);

    Volume createVolume(WorkspaceContext ctx, CreateDataVolume request, CancellationToken cancel);

    void attachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel);

    void detachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel);

    void deleteVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel);

    /**
     * {@code PUT .../volumes/{volume_id}}: grow, rename, shareable, bootable. The service never shrinks a
     * volume; a smaller {@code size} than {@code currentSize} is refused here before anything is sent.
     *
     * @param currentSize the size the caller last read, or null when it does not know it
     */
    Volume updateVolume(WorkspaceContext ctx, String volumeId, Double currentSize, UpdateVolume request,
            CancellationToken cancel);

    /** {@code POST .../volumes/{volume_id}/action}: change storage tier or replication (202). */
    void performVolumeAction(WorkspaceContext ctx, String volumeId, VolumeAction action, CancellationToken cancel);

    /** {@code POST /pcloud/v2/.../volumes/clone}: starts an asynchronous clone; follow it with {@link #getCloneTask}. */
    CloneTaskReference cloneVolumes(WorkspaceContext ctx, VolumesCloneAsyncRequest request, CancellationToken cancel);

    /** {@code GET /pcloud/v2/.../volumes/clone-tasks/{clone_task_id}}: running, completed, failed or unknown. */
    CloneTaskStatus getCloneTask(WorkspaceContext ctx, String cloneTaskId, CancellationToken cancel);

    /** {@code DELETE /pcloud/v2/.../volumes}: deletes several volumes in one request (202, or 206 when some failed). */
    VolumesDeleteResponse deleteVolumes(WorkspaceContext ctx, List<String> volumeIds, CancellationToken cancel);

    // Instance snapshots

    /** {@code GET .../snapshots}: every instance snapshot of the workspace. */
    List<Snapshot> listSnapshots(WorkspaceContext ctx, CancellationToken cancel);

    /** {@code GET .../pvm-instances/{id}/snapshots}. */
    List<Snapshot> listInstanceSnapshots(WorkspaceContext ctx, String instanceId, CancellationToken cancel);

    Snapshot getSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel);

    /** {@code POST .../pvm-instances/{id}/snapshots}: 202; the snapshot appears as it is taken. */
    SnapshotCreateResponse createSnapshot(WorkspaceContext ctx, String instanceId, SnapshotCreate request,
            CancellationToken cancel);

    /**
     * {@code POST .../pvm-instances/{id}/snapshots/{snapshot_id}/restore}: 202. Without {@code force} the
     * instance must be shut off.
     */
    Snapshot restoreSnapshot(WorkspaceContext ctx, String instanceId, String snapshotId, SnapshotRestore request,
            CancellationToken cancel);

    /** {@code DELETE .../snapshots/{snapshot_id}}: 202. */
    void deleteSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel);

    // Live catalogs of the workspace

    /** {@code GET .../system-pools}: the system types this workspace can deploy, keyed by type (s922, e1080...). */
    Map<String, SystemPool> listSystemPools(WorkspaceContext ctx, CancellationToken cancel);

    /** {@code GET .../storage-tiers}: the tiers offered here, active or inactive. */
    List<StorageTier> listStorageTiers(WorkspaceContext ctx, CancellationToken cancel);

    /** {@code GET .../storage-capacity/storage-pools}: capacity per storage pool. */
    StoragePoolsCapacity getStoragePoolsCapacity(WorkspaceContext ctx, CancellationToken cancel);

    // Shared processor pools and placement groups

    List<SharedProcessorPool> listSharedProcessorPools(WorkspaceContext ctx, CancellationToken cancel);

    SharedProcessorPoolDetail getSharedProcessorPool(WorkspaceContext ctx, String poolId, CancellationToken cancel);

    /** {@code POST .../shared-processor-pools}: 202; the pool is configured on a host afterwards. */
    SharedProcessorPool createSharedProcessorPool(WorkspaceContext ctx, SharedProcessorPoolCreate request,
            CancellationToken cancel);

    /**
     * {@code PUT .../shared-processor-pools/{id}}: a new name or reserve; refused (400) when the reserve
     * would fall below what the pool's instances use.
     */
    SharedProcessorPool updateSharedProcessorPool(WorkspaceContext ctx, String poolId, SharedProcessorPoolUpdate request,
            CancellationToken cancel);

    /** Refused (409) while instances still run in the pool. */
    void deleteSharedProcessorPool(WorkspaceContext ctx, String poolId, CancellationToken cancel);

    List<PlacementGroup> listPlacementGroups(WorkspaceContext ctx, CancellationToken cancel);

    PlacementGroup getPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel);

    PlacementGroup createPlacementGroup(WorkspaceContext ctx, PlacementGroupCreate request, CancellationToken cancel);

    void deletePlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel);

    PlacementGroup addPlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId,
            CancellationToken cancel);

    PlacementGroup removePlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId,
            CancellationToken cancel);

    List<SppPlacementGroup> listSppPlacementGroups(WorkspaceContext ctx, CancellationToken cancel);

    SppPlacementGroup getSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel);

    SppPlacementGroup createSppPlacementGroup(WorkspaceContext ctx, SppPlacementGroupCreate request,
            CancellationToken cancel);

    void deleteSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel);

    SppPlacementGroup addSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId,
            CancellationToken cancel);

    SppPlacementGroup removeSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId,
            CancellationToken cancel);

    // IBM i console and SAP

    /** {@code GET .../pvm-instances/{id}/console}: the console languages an instance offers. */
    List<ConsoleLanguage> listConsoleLanguages(WorkspaceContext ctx, String instanceId, CancellationToken cancel);

    /** {@code PUT .../pvm-instances/{id}/console}: ends open console sessions of every user. */
    ConsoleLanguage updateConsoleLanguage(WorkspaceContext ctx, String instanceId, String code,
            CancellationToken cancel);

    List<SapProfile> listSapProfiles(WorkspaceContext ctx, CancellationToken cancel);

    SapProfile getSapProfile(WorkspaceContext ctx, String profileId, CancellationToken cancel);

    /** {@code POST .../sap}: creates an instance sized by an SAP profile; answers the new instance(s). */
    List<PvmInstance> createSapInstance(WorkspaceContext ctx, SapCreate request, CancellationToken cancel);

    // Networks

    List<NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken cancel);

    Network getNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel);

    Network createNetwork(WorkspaceContext ctx, NetworkCreate request, CancellationToken cancel);

    void deleteNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel);

    /** {@code GET /v1/networks/{network_id}/network-interfaces}: the addresses in use on a network. */
    List<NetworkInterface> listNetworkInterfaces(WorkspaceContext ctx, String networkId, CancellationToken cancel);

    /** {@code POST /v1/networks/{network_id}/network-interfaces}: reserves an address (201). */
    NetworkInterface createNetworkInterface(WorkspaceContext ctx, String networkId, NetworkInterfaceCreate request,
            CancellationToken cancel);

    /**
     * {@code PUT /v1/networks/{network_id}/network-interfaces/{id}}: attaches the interface to an instance
     * ({@link NetworkInterfaceUpdate#attachTo}) or detaches it ({@link NetworkInterfaceUpdate#detach}).
     */
    NetworkInterface updateNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            NetworkInterfaceUpdate request, CancellationToken cancel);

    NetworkInterface getNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            CancellationToken cancel);

    /** {@code DELETE /v1/networks/{network_id}/network-interfaces/{id}}: frees the address. */
    void deleteNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId, CancellationToken cancel);

    /** {@code GET /v1/network-security-groups}: read-only; answers 404 where the workspace has none enabled. */
    List<NetworkSecurityGroup> listNetworkSecurityGroups(WorkspaceContext ctx, CancellationToken cancel);

    /** {@code GET .../services/dhcp}: the workspace's DHCP servers (read-only). */
    List<DhcpServer> listDhcpServers(WorkspaceContext ctx, CancellationToken cancel);

    // Images

    List<ImageReference> listImages(WorkspaceContext ctx, CancellationToken cancel);

    List<ImageReference> listStockImages(WorkspaceContext ctx, CancellationToken cancel);

    Image getImage(WorkspaceContext ctx, String imageId, CancellationToken cancel);

    Image getStockImage(WorkspaceContext ctx, String imageId, CancellationToken cancel);

    /**
     * {@code POST .../images}: creates a workspace image, e.g. a copy of a stock image
     * ({@link CreateImage#fromStock}). Answers the new image, usually still {@code queued}; its
     * {@code taskref} names the import job.
     */
    Image createImage(WorkspaceContext ctx, CreateImage request, CancellationToken cancel);

    /** {@code DELETE .../images/{image_id}}: deletes a workspace image (stock images cannot be deleted). */
    void deleteImage(WorkspaceContext ctx, String imageId, CancellationToken cancel);

    // Tenant SSH keys (tenant id = the CRN's account id)

    List<SshKey> listSshKeys(WorkspaceContext ctx, CancellationToken cancel);

    SshKey createSshKey(WorkspaceContext ctx, SshKey key, CancellationToken cancel);

    void deleteSshKey(WorkspaceContext ctx, String keyName, CancellationToken cancel);

    // Events and jobs

    /** Events between {@code from} and {@code to} ({@code to} may be null for "until now"). */
    List<Event> listEvents(WorkspaceContext ctx, Instant from, Instant to, CancellationToken cancel);

    /** The service keeps only the last 5 jobs. */
    List<Job> listJobs(WorkspaceContext ctx, CancellationToken cancel);

    Job getJob(WorkspaceContext ctx, String jobId, CancellationToken cancel);
}
