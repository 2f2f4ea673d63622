package com.pvsconsole.service.resources;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.api.model.NetworkInterface;
import com.pvsconsole.api.model.NetworkPort;
import java.util.List;

/**
 * Reads a network's addresses from the network-interfaces API and hands them on in the shape of the
 * deprecated ports, so the networks page keeps its columns (address, MAC, instance, status) while the
 * console no longer calls {@code .../networks/{id}/ports}.
 */
final class InterfacePorts {

    private InterfacePorts() {
    }

    static List<NetworkPort> asPorts(List<NetworkInterface> interfaces) {
        return interfaces.stream().map(InterfacePorts::asPort).toList();
    }

    private static NetworkPort asPort(NetworkInterface nic) {
        ObjectNode owner = null;
        if (nic.instance() != null && nic.instance().instanceID() != null && !nic.instance().instanceID().isEmpty()) {
            owner = JsonNodeFactory.instance.objectNode().put("pvmInstanceID", nic.instance().instanceID())
                    .put("href", nic.instance().href());
        }
        return new NetworkPort(nic.name(), nic.externalIP(), null, nic.ipAddress(), nic.macAddress(), nic.id(), owner,
                nic.status());
    }
}
