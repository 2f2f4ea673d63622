package com.pvsconsole.service.support;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.VolumeReference;
import java.util.List;

/** A workspace without volumes and networks: tests about instances override only what they need. */
public class EmptyListsClient extends UnsupportedClient {

    @Override
    public List<VolumeReference> listVolumes(WorkspaceContext ctx, CancellationToken cancel) {
        return List.of();
    }

    @Override
    public List<NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken cancel) {
        return List.of();
    }
}
