package com.pvsconsole.service.support;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
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

/** A client whose every call fails unless a test overrides it; subclasses answer what they need. */
public class UnsupportedClient implements PowerVsClient {

    @Override
    public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
        throw new UnsupportedOperationException("listWorkspaces");
    }

    @Override
    public Workspace getWorkspace(RegionEndpoint endpoint, String workspaceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getWorkspace");
    }

    @Override
    public List<Datacenter> listDatacenters(RegionEndpoint endpoint, CancellationToken cancel) {
        throw new UnsupportedOperationException("listDatacenters");
    }

    @Override
    public CloudInstance getCloudInstance(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("getCloudInstance");
    }

    @Override
    public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listInstances");
    }

    @Override
    public PvmInstance getInstance(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getInstance");
    }

    @Override
    public List<PvmInstance> createInstance(WorkspaceContext ctx, PvmInstanceCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createInstance");
    }

    @Override
    public void performInstanceAction(WorkspaceContext ctx, String instanceId, InstanceAction action, CancellationToken cancel) {
        throw new UnsupportedOperationException("performInstanceAction");
    }

    @Override
    public PvmInstanceUpdateResponse updateInstance(WorkspaceContext ctx, String instanceId, PvmInstanceUpdate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("updateInstance");
    }

    @Override
    public void deleteInstance(WorkspaceContext ctx, String instanceId, boolean deleteDataVolumes, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteInstance");
    }

    @Override
    public JobReference captureInstance(WorkspaceContext ctx, String instanceId, PvmInstanceCapture request,
            CancellationToken cancel) {
        throw new UnsupportedOperationException("captureInstance");
    }

    @Override
    public PvmInstanceConsole createConsoleUrl(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("createConsoleUrl");
    }

    @Override
    public List<VolumeReference> listVolumes(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listVolumes");
    }

    @Override
    public List<VolumeReference> listInstanceVolumes(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("listInstanceVolumes");
    }

    @Override
    public Volume getVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getVolume");
    }

    @Override
    public Volume createVolume(WorkspaceContext ctx, CreateDataVolume request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createVolume");
    }

    @Override
    public void attachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel) {
        throw new UnsupportedOperationException("attachVolume");
    }

    @Override
    public void detachVolume(WorkspaceContext ctx, String instanceId, String volumeId, CancellationToken cancel) {
        throw new UnsupportedOperationException("detachVolume");
    }

    @Override
    public void deleteVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteVolume");
    }

    @Override
    public List<NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listNetworks");
    }

    @Override
    public Network getNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getNetwork");
    }

    @Override
    public Network createNetwork(WorkspaceContext ctx, NetworkCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createNetwork");
    }

    @Override
    public void deleteNetwork(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteNetwork");
    }

    @Override
    public List<ImageReference> listImages(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listImages");
    }

    @Override
    public List<ImageReference> listStockImages(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listStockImages");
    }

    @Override
    public Image createImage(WorkspaceContext ctx, CreateImage request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createImage");
    }

    @Override
    public void deleteImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteImage");
    }

    @Override
    public Image getImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getImage");
    }

    @Override
    public Image getStockImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getStockImage");
    }

    @Override
    public List<SshKey> listSshKeys(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSshKeys");
    }

    @Override
    public SshKey createSshKey(WorkspaceContext ctx, SshKey key, CancellationToken cancel) {
        throw new UnsupportedOperationException("createSshKey");
    }

    @Override
    public void deleteSshKey(WorkspaceContext ctx, String keyName, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteSshKey");
    }

    @Override
    public List<Event> listEvents(WorkspaceContext ctx, Instant from, Instant to, CancellationToken cancel) {
        throw new UnsupportedOperationException("listEvents");
    }

    @Override
    public List<Job> listJobs(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listJobs");
    }

    @Override
    public Job getJob(WorkspaceContext ctx, String jobId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getJob");
    }

    @Override
    public Volume updateVolume(WorkspaceContext ctx, String volumeId, Double currentSize, UpdateVolume request, CancellationToken cancel) {
        throw new UnsupportedOperationException("updateVolume");
    }

    @Override
    public void performVolumeAction(WorkspaceContext ctx, String volumeId, VolumeAction action, CancellationToken cancel) {
        throw new UnsupportedOperationException("performVolumeAction");
    }

    @Override
    public CloneTaskReference cloneVolumes(WorkspaceContext ctx, VolumesCloneAsyncRequest request, CancellationToken cancel) {
        throw new UnsupportedOperationException("cloneVolumes");
    }

    @Override
    public CloneTaskStatus getCloneTask(WorkspaceContext ctx, String cloneTaskId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getCloneTask");
    }

    @Override
    public VolumesDeleteResponse deleteVolumes(WorkspaceContext ctx, List<String> volumeIds, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteVolumes");
    }

    @Override
    public List<Snapshot> listSnapshots(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSnapshots");
    }

    @Override
    public List<Snapshot> listInstanceSnapshots(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("listInstanceSnapshots");
    }

    @Override
    public Snapshot getSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getSnapshot");
    }

    @Override
    public SnapshotCreateResponse createSnapshot(WorkspaceContext ctx, String instanceId, SnapshotCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createSnapshot");
    }

    @Override
    public Snapshot restoreSnapshot(WorkspaceContext ctx, String instanceId, String snapshotId, SnapshotRestore request, CancellationToken cancel) {
        throw new UnsupportedOperationException("restoreSnapshot");
    }

    @Override
    public void deleteSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteSnapshot");
    }

    @Override
    public Map<String, SystemPool> listSystemPools(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSystemPools");
    }

    @Override
    public List<StorageTier> listStorageTiers(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listStorageTiers");
    }

    @Override
    public StoragePoolsCapacity getStoragePoolsCapacity(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("getStoragePoolsCapacity");
    }

    @Override
    public List<SharedProcessorPool> listSharedProcessorPools(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSharedProcessorPools");
    }

    @Override
    public SharedProcessorPoolDetail getSharedProcessorPool(WorkspaceContext ctx, String poolId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getSharedProcessorPool");
    }

    @Override
    public SharedProcessorPool createSharedProcessorPool(WorkspaceContext ctx, SharedProcessorPoolCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createSharedProcessorPool");
    }

    @Override
    public SharedProcessorPool updateSharedProcessorPool(WorkspaceContext ctx, String poolId, SharedProcessorPoolUpdate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("updateSharedProcessorPool");
    }

    @Override
    public void deleteSharedProcessorPool(WorkspaceContext ctx, String poolId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteSharedProcessorPool");
    }

    @Override
    public List<PlacementGroup> listPlacementGroups(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listPlacementGroups");
    }

    @Override
    public PlacementGroup createPlacementGroup(WorkspaceContext ctx, PlacementGroupCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createPlacementGroup");
    }

    @Override
    public void deletePlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deletePlacementGroup");
    }

    @Override
    public PlacementGroup addPlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("addPlacementGroupMember");
    }

    @Override
    public PlacementGroup removePlacementGroupMember(WorkspaceContext ctx, String groupId, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("removePlacementGroupMember");
    }

    @Override
    public List<SppPlacementGroup> listSppPlacementGroups(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSppPlacementGroups");
    }

    @Override
    public SppPlacementGroup createSppPlacementGroup(WorkspaceContext ctx, SppPlacementGroupCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createSppPlacementGroup");
    }

    @Override
    public void deleteSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteSppPlacementGroup");
    }

    @Override
    public SppPlacementGroup addSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId, CancellationToken cancel) {
        throw new UnsupportedOperationException("addSppPlacementGroupMember");
    }

    @Override
    public SppPlacementGroup removeSppPlacementGroupMember(WorkspaceContext ctx, String groupId, String poolId, CancellationToken cancel) {
        throw new UnsupportedOperationException("removeSppPlacementGroupMember");
    }

    @Override
    public List<ConsoleLanguage> listConsoleLanguages(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("listConsoleLanguages");
    }

    @Override
    public ConsoleLanguage updateConsoleLanguage(WorkspaceContext ctx, String instanceId, String code, CancellationToken cancel) {
        throw new UnsupportedOperationException("updateConsoleLanguage");
    }

    @Override
    public List<SapProfile> listSapProfiles(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listSapProfiles");
    }

    @Override
    public SapProfile getSapProfile(WorkspaceContext ctx, String profileId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getSapProfile");
    }

    @Override
    public List<NetworkInterface> listNetworkInterfaces(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        throw new UnsupportedOperationException("listNetworkInterfaces");
    }

    @Override
    public NetworkInterface createNetworkInterface(WorkspaceContext ctx, String networkId, NetworkInterfaceCreate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("createNetworkInterface");
    }

    @Override
    public NetworkInterface updateNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId, NetworkInterfaceUpdate request, CancellationToken cancel) {
        throw new UnsupportedOperationException("updateNetworkInterface");
    }

    @Override
    public void deleteNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId, CancellationToken cancel) {
        throw new UnsupportedOperationException("deleteNetworkInterface");
    }

    @Override
    public List<NetworkSecurityGroup> listNetworkSecurityGroups(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listNetworkSecurityGroups");
    }

    @Override
    public List<DhcpServer> listDhcpServers(WorkspaceContext ctx, CancellationToken cancel) {
        throw new UnsupportedOperationException("listDhcpServers");
    }

    @Override
    public NetworkInterface getNetworkInterface(WorkspaceContext ctx, String networkId, String interfaceId,
            CancellationToken cancel) {
        throw new UnsupportedOperationException("getNetworkInterface");
    }

    @Override
    public PlacementGroup getPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getPlacementGroup");
    }

    @Override
    public SppPlacementGroup getSppPlacementGroup(WorkspaceContext ctx, String groupId, CancellationToken cancel) {
        throw new UnsupportedOperationException("getSppPlacementGroup");
    }

    @Override
    public List<PvmInstance> createSapInstance(WorkspaceContext ctx, com.pvsconsole.api.model.SapCreate request,
            CancellationToken cancel) {
        throw new UnsupportedOperationException("createSapInstance");
    }
}
