package com.pvsconsole.service.support;

import static com.pvsconsole.service.support.Fixtures.workspace;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import java.util.List;

/** A region with one empty workspace "prod" (id ws-1): page tests override only the calls of their page. */
public class OneWorkspaceClient extends EmptyListsClient {

    public static final Workspace PROD = workspace("ws-1", "prod");

    @Override
    public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
        return List.of(PROD);
    }

    @Override
    public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
        return List.of();
    }
}
