package com.pvsconsole.service.support;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
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
    public List<Datacenter> listDatacenters(WorkspaceContext ctx, CancellationToken cancel) {
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
    public List<NetworkPort> listNetworkPorts(WorkspaceContext ctx, String networkId, CancellationToken cancel) {
        throw new UnsupportedOperationException("listNetworkPorts");
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

}
