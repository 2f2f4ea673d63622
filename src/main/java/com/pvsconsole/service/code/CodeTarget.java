package com.pvsconsole.service.code;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.Objects;

/**
 * The workspace an action runs in: the regional endpoint (public or private), its CRN (zone,
 * account, workspace GUID) and the workspace's display name for comments.
 */
public record CodeTarget(RegionEndpoint endpoint, Crn crn, String workspaceName) {

    public CodeTarget {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(crn, "crn");
        workspaceName = workspaceName == null ? crn.cloudInstanceId() : workspaceName;
    }

    public static CodeTarget of(WorkspaceContext ctx, String workspaceName) {
        return new CodeTarget(ctx.endpoint(), ctx.crn(), workspaceName);
    }

    /** The workspace of {@code scope}, named {@code workspaceName} in comments (its GUID when null). */
    public static CodeTarget of(WorkspaceScope scope, String workspaceName) {
        return new CodeTarget(scope.endpoint(), scope.crn(), workspaceName);
    }

    /** The workspace GUID: {@code {cloud_instance_id}} in paths, {@code pi_cloud_instance_id} in Terraform. */
    public String workspaceId() {
        return crn.cloudInstanceId();
    }

    /** The datacenter, e.g. {@code dal10}: the CRN's location and Terraform's provider {@code zone}. */
    public String zone() {
        return crn.location();
    }
}
