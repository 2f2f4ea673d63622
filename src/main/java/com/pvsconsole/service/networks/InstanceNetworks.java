package com.pvsconsole.service.networks;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkInterfaceCreate;
import com.pvsconsole.api.model.NetworkInterfaceUpdate;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.ExistingObjects;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds a network to a server and removes it again through the network-interfaces API: add reserves an
 * address on the network and attaches it to the instance; remove detaches it and frees the address. The
 * rules ({@link #addProblem}, {@link #removeProblem}) run as the user chooses, before anything is sent.
 * UI thread only.
 */
public final class InstanceNetworks {

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public InstanceNetworks(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** {@code rule.network.alreadyOn} when the server is on that network already. */
    public static Optional<Violation> addProblem(Collection<String> instanceNetworkIds, String networkId,
                                                 String networkName) {
        return instanceNetworkIds.contains(networkId)
                ? Optional.of(Violation.of("rule.network.alreadyOn", networkName)) : Optional.empty();
    }

    /** {@code rule.network.last} when it is the server's only network: a server keeps at least one. */
    public static Optional<Violation> removeProblem(Collection<String> instanceNetworkIds, String networkId) {
        return instanceNetworkIds.size() <= 1 && instanceNetworkIds.contains(networkId)
                ? Optional.of(Violation.of("rule.network.last")) : Optional.empty();
    }

    /**
     * The server's network interfaces, read from the network-interfaces API of each network it is on
     * ({@code networkIds}, from its details), one call per network: the deprecated ports are not used.
     */
    public Pending<List<InstanceInterface>> interfaces(WorkspaceScope scope, String instanceId, String instanceName,
                                                       Map<String, String> networkNamesById) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Load network interfaces", instanceName,
                        cancellable(token -> {
                            List<InstanceInterface> found = new ArrayList<>();
                            networkNamesById.forEach((networkId, networkName) -> client
                                    .listNetworkInterfaces(ctx, networkId, token).stream()
                                    .filter(nic -> nic.instance() != null
                                            && instanceId.equals(nic.instance().instanceID()))
                                    .forEach(nic -> found.add(new InstanceInterface(networkId, networkName, nic))));
                            return List.copyOf(found);
                        }))
                .quiet());
    }

    /**
     * What {@link #add} sends, for Copy as code: the interface named after the server and the network, on
     * {@code ipAddress} (null: the next free one), attached to the server.
     */
    public static CodeAction.AddNetworkInterface addAction(String instanceId, String instanceName, String networkId,
                                                           String networkName, String ipAddress) {
        NetworkInterfaceCreate request = NetworkInterfaceCreate.builder().name(instanceName + "-" + networkName)
                .ipAddress(ipAddress == null || ipAddress.isBlank() ? null : ipAddress.strip()).build();
        return new CodeAction.AddNetworkInterface(new CodeAction.Ref(instanceId, instanceName),
                new CodeAction.Ref(networkId, networkName), request);
    }

    /** What {@link #remove} sends, for Copy as code: detach {@code nic}, then delete it. */
    public static CodeAction.RemoveNetworkInterface removeAction(String instanceId, String instanceName,
                                                                 InstanceInterface nic) {
        return new CodeAction.RemoveNetworkInterface(new CodeAction.Ref(instanceId, instanceName),
                new CodeAction.Ref(nic.networkId(), nic.networkName()), new CodeAction.Ref(nic.id(), nic.nic().name()));
    }

    /** {@code nic} as an object that exists (read it, import it into Terraform), for a row's context menu. */
    public static CodeAction.Existing existing(String instanceId, String instanceName, InstanceInterface nic) {
        return ExistingObjects.networkInterface(new CodeAction.Ref(instanceId, instanceName),
                new CodeAction.Ref(nic.networkId(), nic.networkName()), nic.nic());
    }

    /**
     * Reserves an address ({@code ipAddress} null: the next free one) and attaches it; the OS still has to
     * configure the new adapter. Succeeds with the attached interface.
     */
    public Pending<InstanceInterface> add(WorkspaceScope scope, String instanceId, String instanceName,
                                          String networkId, String networkName, String ipAddress) {
        WorkspaceContext ctx = scope.context();
        NetworkInterfaceCreate request = addAction(instanceId, instanceName, networkId, networkName, ipAddress)
                .request();
        return executor.start(BackgroundTask.of("Add network", networkName + " to " + instanceName,
                cancellable(token -> {
                    NetworkInterface reserved = client.createNetworkInterface(ctx, networkId, request, token);
                    try {
                        return new InstanceInterface(networkId, networkName, client.updateNetworkInterface(ctx,
                                networkId, reserved.id(), NetworkInterfaceUpdate.attachTo(instanceId), token));
                    } catch (RuntimeException attachFailed) {
                        // Do not leave a reserved address behind when the attach was refused.
                        releaseQuietly(ctx, networkId, reserved.id());
                        throw attachFailed;
                    }
                })));
    }

    /** Detaches the interface from its server and frees its address. */
    public Pending<Boolean> remove(WorkspaceScope scope, InstanceInterface nic, String instanceName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Remove network", nic.networkName() + " from " + instanceName,
                cancellable(token -> {
                    client.updateNetworkInterface(ctx, nic.networkId(), nic.id(), NetworkInterfaceUpdate.detach(),
                            token);
                    client.deleteNetworkInterface(ctx, nic.networkId(), nic.id(), token);
                    return Boolean.TRUE;
                })));
    }

    private void releaseQuietly(WorkspaceContext ctx, String networkId, String interfaceId) {
        try {
            client.deleteNetworkInterface(ctx, networkId, interfaceId, com.pvsconsole.api.CancellationToken.none());
        } catch (RuntimeException ignored) {
            // The original refusal is what the user needs to see; a leftover address shows on the networks page.
        }
    }
}
