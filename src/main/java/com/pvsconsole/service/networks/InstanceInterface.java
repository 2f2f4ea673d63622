package com.pvsconsole.service.networks;

import com.pvsconsole.api.model.NetworkInterface;
import java.util.Objects;

/**
 * One network interface of a server, with the network it is on (the interface itself does not name it):
 * what the Networks tab lists and what remove needs.
 */
public record InstanceInterface(String networkId, String networkName, NetworkInterface nic) {

    public InstanceInterface {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(nic, "nic");
        networkName = networkName == null ? "" : networkName;
    }

    public String id() {
        return nic.id();
    }

    public String ipAddress() {
        return Objects.requireNonNullElse(nic.ipAddress(), "");
    }

    public String macAddress() {
        return Objects.requireNonNullElse(nic.macAddress(), "");
    }

    public String status() {
        return Objects.requireNonNullElse(nic.status(), "");
    }
}
