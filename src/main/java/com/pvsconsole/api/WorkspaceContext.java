package com.pvsconsole.api;

import com.pvsconsole.api.model.Workspace;
import java.util.Objects;

/**
 * Everything a workspace-scoped call needs besides its own arguments: which regional host to talk to
 * and the workspace CRN (sent as the {@code CRN} header; its instance id fills {@code {cloud_instance_id}}).
 * One client serves every region, so the context travels with each call.
 */
public record WorkspaceContext(RegionEndpoint endpoint, Crn crn) {

    public WorkspaceContext {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(crn, "crn");
    }

    public static WorkspaceContext of(String region, EndpointType type, Crn crn) {
        return new WorkspaceContext(new RegionEndpoint(region, type), crn);
    }

    /**
     * The context for a workspace found by {@link PowerVsClient#listWorkspaces} on {@code endpoint}: its CRN
     * comes from {@code details.crn}. A workspace listed without one (still provisioning, or an answer cut
     * short) is refused with {@code input.workspace.no_crn}, which names the workspace.
     */
    public static WorkspaceContext forWorkspace(RegionEndpoint endpoint, Workspace workspace) {
        if (workspace == null) {
            throw PowerVsException.invalidInput("input.workspace.no_crn", "No workspace given");
        }
        if (workspace.details() == null || workspace.details().crn() == null || workspace.details().crn().isBlank()) {
            throw PowerVsException.invalidInput("input.workspace.no_crn", "Workspace '" + workspace.name() + "' ("
                    + workspace.id() + ") has no details.crn");
        }
        return new WorkspaceContext(endpoint, Crn.parse(workspace.details().crn()));
    }

    public String cloudInstanceId() {
        return crn.cloudInstanceId();
    }

    /** The tenant id of the {@code /pcloud/v1/tenants/{tenant_id}} paths is the CRN's account id. */
    public String tenantId() {
        return crn.accountId();
    }
}
