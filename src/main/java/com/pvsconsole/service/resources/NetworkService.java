package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Network;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkPort;
import com.pvsconsole.service.inventory.TtlCache;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.Pending;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Networks beyond the workspace's reference list: the full records (CIDR, gateway, DNS, IP
 * usage), the ports on one network, create and delete. Changes are recorded tasks; the reads
 * that fill in a page are quiet. UI thread only.
 */
public final class NetworkService {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    private final TtlCache<String, Network> detailCache;

    public NetworkService(PowerVsClient client, TaskExecutor executor, Clock clock) {
        this.client = client;
        this.executor = executor;
        this.detailCache = new TtlCache<>(clock, Duration.ofMinutes(1), 256);
    }

    /**
     * The full record of one network (CIDR, gateway, DNS, IP usage): called only for the network
     * the user is looking at, and kept for a minute so clicking back does not call again.
     */
    public Pending<Network> details(WorkspaceScope scope, String networkId, String networkName) {
        String key = scope.workspaceId() + "/" + networkId;
        var cached = detailCache.get(key);
        if (cached.isPresent()) {
            return Pending.done(cached.get());
        }
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load network details", networkName,
                        cancellable(token -> client.getNetwork(ctx, networkId, token)))
                .quiet()
                .onSuccess(network -> detailCache.put(key, network)));
    }

    /** Forgets a network's cached details (after it changed). */
    public void forget(WorkspaceScope scope, String networkId) {
        detailCache.invalidate(scope.workspaceId() + "/" + networkId);
    }

    public Pending<List<NetworkPort>> ports(WorkspaceScope scope, String networkId, String networkName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load network ports", networkName,
                        // The ports routes are deprecated: the same addresses come from network-interfaces.
                        cancellable(token -> InterfacePorts.asPorts(client.listNetworkInterfaces(ctx, networkId, token))))
                .quiet());
    }

    public Pending<Network> create(WorkspaceScope scope, NetworkCreate request) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Create network", request.name(),
                cancellable(token -> client.createNetwork(ctx, request, token))));
    }

    public Pending<Boolean> delete(WorkspaceScope scope, String networkId, String networkName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Delete network", networkName,
                cancellable(token -> {
                    client.deleteNetwork(ctx, networkId, token);
                    return Boolean.TRUE;
                })));
    }
}
