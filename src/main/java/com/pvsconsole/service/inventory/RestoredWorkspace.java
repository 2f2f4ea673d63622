package com.pvsconsole.service.inventory;

import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import java.time.Instant;
import java.util.List;

/** One workspace's lists as the store hands them to the cache and takes them back at start. */
public record RestoredWorkspace(WorkspaceScope scope, Workspace workspace, List<PvmInstanceReference> instances,
                                List<VolumeReference> volumes, List<NetworkReference> networks, Instant loadedAt) {

    public RestoredWorkspace {
        instances = List.copyOf(instances);
        volumes = List.copyOf(volumes);
        networks = List.copyOf(networks);
    }
}
