package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Plugs instances into networks: picks a free address, makes the port, keeps the metrics right. */
public final class NetworkWiring {

    private final ResourceFactory factory;
    private final IdSource ids;

    public NetworkWiring(ResourceFactory factory, IdSource ids) {
        this.factory = factory;
        this.ids = ids;
    }

    /** Connects an instance; {@code ip} may be null to take the next free address. */
    public void plug(Workspace ws, ObjectNode instance, ObjectNode network, String ip) {
        String networkId = network.get("networkID").asText();
        String address = ip != null ? ip : freeAddress(ws, network);
        String mac = factory.mac();
        factory.connect(ws, instance, network, address, mac);
        ObjectNode port = factory.port(ids.uuid(), address, mac, "port of " + instance.get("serverName").asText(),
                "");
        port.put("href", ws.href("networks", networkId) + "/ports/" + port.get("portID").asText());
        port.put("status", "ACTIVE");
        ObjectNode owner = port.putObject("pvmInstance");
        owner.put("pvmInstanceID", instance.get("pvmInstanceID").asText());
        owner.put("href", ws.href("pvm-instances", instance.get("pvmInstanceID").asText()));
        ws.portsOf(networkId).put(port.get("portID").asText(), port);
        refreshMetrics(ws, network);
    }

    /** Removes every port an instance holds. */
    public void unplug(Workspace ws, ObjectNode instance) {
        String instanceId = instance.get("pvmInstanceID").asText();
        for (Map.Entry<String, Map<String, ObjectNode>> entry : ws.ports.entrySet()) {
            entry.getValue().values().removeIf(p -> p.path("pvmInstance").path("pvmInstanceID").asText().equals(instanceId));
            ObjectNode network = ws.networks.get(entry.getKey());
            if (network != null) {
                refreshMetrics(ws, network);
            }
        }
        ((ArrayNode) instance.get("networkIDs")).removeAll();
    }

    public String freeAddress(Workspace ws, ObjectNode network) {
        Set<String> used = new HashSet<>();
        ws.portsOf(network.get("networkID").asText()).values().forEach(p -> used.add(p.get("ipAddress").asText()));
        String cidr = network.get("cidr").asText();
        int hosts = Ipv4.hosts(cidr);
        for (int n = 10; n <= hosts; n++) {
            String candidate = Ipv4.host(cidr, n);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        throw ApiException.conflict("network " + network.get("name").asText() + " has no free address left");
    }

    public static void refreshMetrics(Workspace ws, ObjectNode network) {
        ObjectNode metrics = (ObjectNode) network.get("ipAddressMetrics");
        double total = metrics.get("total").asDouble();
        double used = ws.portsOf(network.get("networkID").asText()).size();
        metrics.put("used", used);
        metrics.put("available", Math.max(0, total - used));
        metrics.put("utilization", total == 0 ? 0.0 : Math.round(used * 10000.0 / total) / 100.0);
    }
}
