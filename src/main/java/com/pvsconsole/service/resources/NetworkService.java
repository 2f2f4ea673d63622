package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Networks beyond the workspace's reference list: the full records (CIDR, gateway, DNS, IP
 * usage), the ports on one network, create and delete. Changes are recorded tasks; the reads
 * that fill in a page are quiet. UI thread only.
 */
public final class NetworkService {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public NetworkService(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** The full record of each network, one call each, in one cancellable task. */
    public TaskHandle details(WorkspaceContext ctx, String workspaceName, List<String> networkIds,
                              Consumer<List<Network>> onLoaded, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Load network details", workspaceName, context -> {
                    CancellationToken token = new CancellationToken();
                    context.onCancel(token::cancel);
                    List<Network> networks = new ArrayList<>();
                    for (String id : networkIds) {
                        networks.add(client.getNetwork(ctx, id, token));
                    }
                    return networks;
                })
                .quiet()
                .onSuccess(onLoaded)
                .onFailure(onFailure));
    }

    public TaskHandle ports(WorkspaceContext ctx, String networkId, String networkName,
                            Consumer<List<NetworkPort>> onLoaded, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Load network ports", networkName,
                        // The ports routes are deprecated: the same addresses come from network-interfaces.
                        cancellable(token -> InterfacePorts.asPorts(client.listNetworkInterfaces(ctx, networkId, token))))
                .quiet()
                .onSuccess(onLoaded)
                .onFailure(onFailure));
    }

    public TaskHandle create(WorkspaceContext ctx, NetworkCreate request, Consumer<Network> onCreated,
                             Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Create network", request.name(),
                        cancellable(token -> client.createNetwork(ctx, request, token)))
                .onSuccess(onCreated)
                .onFailure(onFailure));
    }

    public TaskHandle delete(WorkspaceContext ctx, String networkId, String networkName, Runnable onDone,
                             Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Delete network", networkName,
                        cancellable(token -> {
                            client.deleteNetwork(ctx, networkId, token);
                            return Boolean.TRUE;
                        }))
                .onSuccess(ignored -> onDone.run())
                .onFailure(onFailure));
    }
}
