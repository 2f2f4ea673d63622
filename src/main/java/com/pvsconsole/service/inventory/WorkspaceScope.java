package com.pvsconsole.service.inventory;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a record lives: the account, the regional endpoint (public or private), the workspace
 * and its CRN. Every row, action and confirmation carries one, so nothing has to ask what the
 * "current" workspace is when it submits: it acts where its rows came from.
 *
 * @param zone the workspace's datacenter (e.g. {@code dal10}), or empty when the service did not say
 */
public record WorkspaceScope(String accountId, RegionEndpoint endpoint, String workspaceId, String workspaceName,
                             String zone, Crn crn) {

    public WorkspaceScope {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(crn, "crn");
        workspaceName = workspaceName == null ? "" : workspaceName;
        zone = zone == null ? "" : zone;
    }

    /**
     * The scope of a workspace listed on {@code endpoint}, or empty when the service gave it no
     * usable CRN (such a workspace cannot be called, so it is reported instead of shown).
     */
    public static Optional<WorkspaceScope> of(String accountId, RegionEndpoint endpoint, Workspace workspace) {
        if (workspace == null || workspace.id() == null || workspace.details() == null
                || workspace.details().crn() == null) {
            return Optional.empty();
        }
        try {
            Crn crn = Crn.parse(workspace.details().crn());
            String zone = workspace.location() == null ? crn.location() : workspace.location().region();
            return Optional.of(new WorkspaceScope(accountId, endpoint, workspace.id(), workspace.name(), zone, crn));
        } catch (RuntimeException badCrn) {
            return Optional.empty();
        }
    }

    /** What the client needs to call this workspace (regional host and CRN header). */
    public WorkspaceContext context() {
        return new WorkspaceContext(endpoint, crn);
    }

    public String region() {
        return endpoint.region();
    }

    public EndpointType endpointType() {
        return endpoint.type();
    }

    /** "prod-dallas (us-south)": how confirmations and activity name a workspace. */
    public String label() {
        return workspaceName + " (" + region() + (endpoint.type() == EndpointType.PRIVATE ? ", private" : "") + ")";
    }
}
