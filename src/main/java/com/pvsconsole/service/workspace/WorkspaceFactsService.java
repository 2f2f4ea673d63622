package com.pvsconsole.service.workspace;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloudInstance;
import com.pvsconsole.api.model.DhcpServer;
import com.pvsconsole.api.model.NetworkSecurityGroup;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the workspace details page shows (read-only): the workspace itself (status, zone,
 * capabilities), its cloud instance (usage and limits), its network security groups and DHCP servers.
 */
public final class WorkspaceFactsService {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public WorkspaceFactsService(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    public Pending<WorkspaceFacts> load(WorkspaceScope scope) {
        return executor.start(BackgroundTask.of("Load workspace details", scope.workspaceName(),
                cancellable(token -> read(scope, token))).quiet());
    }

    private WorkspaceFacts read(WorkspaceScope scope, CancellationToken token) {
        WorkspaceContext ctx = scope.context();
        Workspace workspace = client.getWorkspace(scope.endpoint(), scope.workspaceId(), token);
        CloudInstance instance = client.getCloudInstance(ctx, token);
        Optional<List<NetworkSecurityGroup>> groups = securityGroups(ctx, token);
        List<DhcpServer> dhcp = client.listDhcpServers(ctx, token);
        String created = workspace.details() == null ? "" : workspace.details().creationDate();
        return new WorkspaceFacts(scope, workspace.status(), workspace.type(), created, workspace.capabilities(),
                instance.usage(), instance.limits(), groups, dhcp);
    }

    /** The service answers 404 where network security groups are not enabled: that is "none", not a failure. */
    private Optional<List<NetworkSecurityGroup>> securityGroups(WorkspaceContext ctx, CancellationToken token) {
        try {
            return Optional.of(client.listNetworkSecurityGroups(ctx, token));
        } catch (PowerVsException e) {
            if (e.status().orElse(0) == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
