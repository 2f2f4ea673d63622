package com.pvsconsole.api;

import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.JobReference;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceConsole;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.PvmInstanceUpdateResponse;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import java.time.Instant;
import java.util.List;

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

    /** {@code GET /v1/datacenters}: live datacenter list (regions, status, capabilities). */
    List<Datacenter> listDatacenters(WorkspaceContext ctx, CancellationToken cancel);

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

    // Networks

    List<NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken cancel);

    Network getNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel);

    Network createNetwork(WorkspaceContext ctx, NetworkCreate request, CancellationToken cancel);

    void deleteNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel);

    List<NetworkPort> listNetworkPorts(WorkspaceContext ctx, String networkId, CancellationToken cancel);

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
