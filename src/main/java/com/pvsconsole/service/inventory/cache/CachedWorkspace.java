package com.pvsconsole.service.inventory.cache;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One workspace of a {@link CachedFleet}: where it lives, the service's own description of it and
 * its lists as last loaded. Lists are never null (an absent list reads as empty).
 *
 * @param loadedAt when these lists were last answered by the service
 */
public record CachedWorkspace(String region, EndpointType endpointType, Workspace workspace,
                              List<PvmInstanceReference> instances, List<VolumeReference> volumes,
                              List<NetworkReference> networks, Instant loadedAt) {

    public CachedWorkspace {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointType, "endpointType");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(loadedAt, "loadedAt");
        instances = instances == null ? List.of() : List.copyOf(instances);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /** The regional host the workspace is reached on. */
    @JsonIgnore
    public RegionEndpoint regionEndpoint() {
        return new RegionEndpoint(region, endpointType);
    }
}
