package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.NetworkWiring;
import com.pvsconsole.sim.state.Workspace;
import java.util.Map;

/**
 * {@code /v1/networks/{network_id}/network-interfaces}, the successor of the deprecated ports: an address
 * reserved on a network, attached to an instance with {@code PUT {instanceID}} and detached with an empty
 * id. The workspace comes from the CRN header. The same records back the old ports routes, so both views
 * agree.
 */
final class NetworkInterfaceRoutes {

    private static final String BASE = "/v1/networks/{network_id}/network-interfaces";
    private static final String ONE = BASE + "/{network_interface_id}";

    private final SimContext ctx;
    private final NetworkWiring wiring;

    NetworkInterfaceRoutes(SimContext ctx) {
        this.ctx = ctx;
        this.wiring = new NetworkWiring(ctx.factory(), ctx.ids());
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("POST", BASE, this::create)
                .add("GET", ONE, this::get)
                .add("PUT", ONE, this::update)
                .add("DELETE", ONE, this::delete);
    }

    private ObjectNode render(Workspace ws, ObjectNode port) {
        ObjectNode nic = JsonNodeFactory.instance.objectNode();
        String id = port.get("portID").asText();
        nic.put("id", id);
        nic.put("crn", ws.resourceCrn("network-interface", id));
        nic.put("name", port.path("description").asText(id));
        nic.put("ipAddress", port.get("ipAddress").asText());
        nic.put("macAddress", port.get("macAddress").asText());
        nic.put("status", port.has("pvmInstance") ? "ACTIVE" : "DOWN");
        if (port.has("pvmInstance")) {
            String instanceId = port.get("pvmInstance").get("pvmInstanceID").asText();
            nic.putObject("instance").put("instanceID", instanceId).put("href", ws.href("pvm-instances", instanceId));
        }
        nic.putArray("networkSecurityGroupIDs");
        return nic;
    }

    private ObjectNode port(Workspace ws, ObjectNode network, SimRequest req) {
        ObjectNode port = ws.portsOf(network.get("networkID").asText()).get(req.param("network_interface_id"));
        if (port == null) {
            throw ApiException.notFound("network interface", req.param("network_interface_id"));
        }
        return port;
    }

    private Reply list(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("interfaces");
        ws.portsOf(network.get("networkID").asText()).values().forEach(p -> list.add(render(ws, p)));
        return Reply.ok(body);
    }

    private Reply get(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        return Reply.ok(render(ws, port(ws, ws.network(req.param("network_id")), req)));
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        String networkId = network.get("networkID").asText();
        JsonNode body = req.body();
        Map<String, ObjectNode> ports = ws.portsOf(networkId);
        String ip = body.path("ipAddress").asText("");
        if (ip.isEmpty()) {
            ip = wiring.freeAddress(ws, network);
        } else {
            String wanted = ip;
            if (ports.values().stream().anyMatch(p -> p.get("ipAddress").asText().equals(wanted))) {
                throw ApiException.conflict("address " + ip + " is already in use on " + network.get("name").asText());
            }
            if (!com.pvsconsole.sim.state.Ipv4.contains(network.get("cidr").asText(), ip)) {
                throw ApiException.unprocessable("address " + ip + " is not in " + network.get("cidr").asText());
            }
        }
        String id = ctx.ids().uuid();
        String name = body.path("name").asText("nic-" + id.substring(0, 8));
        ObjectNode port = ctx.factory().port(id, ip, ctx.factory().mac(), name,
                ws.href("networks", networkId) + "/ports/" + id);
        ports.put(id, port);
        NetworkWiring.refreshMetrics(ws, network);
        ctx.events().info(ws, "network-interface", "create", "Reserved " + ip + " on " + network.get("name").asText());
        return Reply.created(render(ws, port));
    }

    private Reply update(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        ObjectNode port = port(ws, network, req);
        JsonNode body = req.body();
        if (body.hasNonNull("name")) {
            port.put("description", body.get("name").asText());
        }
        if (body.has("instanceID")) {
            String instanceId = body.path("instanceID").asText("");
            if (instanceId.isEmpty()) {
                detach(ws, network, port);
            } else {
                attach(ws, network, port, instanceId);
            }
        }
        return Reply.ok(render(ws, port));
    }

    /** Adds the network to a server; no 409 is listed here, so refusals are 422. */
    private void attach(Workspace ws, ObjectNode network, ObjectNode port, String instanceId) {
        if (port.has("pvmInstance")) {
            throw ApiException.unprocessable("the interface is already attached to "
                    + port.get("pvmInstance").get("pvmInstanceID").asText() + "; detach it first");
        }
        ObjectNode inst = ws.instances.get(instanceId);
        if (inst == null) {
            throw ApiException.unprocessable("instance " + instanceId + " does not exist in this workspace");
        }
        String networkId = network.get("networkID").asText();
        for (JsonNode id : inst.get("networkIDs")) {
            if (id.asText().equals(networkId)) {
                throw ApiException.unprocessable("instance " + inst.get("serverName").asText() + " is already on network "
                        + network.get("name").asText());
            }
        }
        InstanceRules.requireSettled(inst);
        ctx.factory().connect(ws, inst, network, port.get("ipAddress").asText(), port.get("macAddress").asText());
        port.put("status", "ACTIVE");
        port.putObject("pvmInstance").put("pvmInstanceID", instanceId).put("href", ws.href("pvm-instances", instanceId));
        inst.put("updatedDate", ctx.now());
        ctx.events().info(ws, "pvm-instance", "update", "Added network " + network.get("name").asText() + " to "
                + inst.get("serverName").asText());
    }

    private void detach(Workspace ws, ObjectNode network, ObjectNode port) {
        if (!port.has("pvmInstance")) {
            throw ApiException.unprocessable("the interface is not attached to an instance");
        }
        ObjectNode inst = ws.instances.get(port.get("pvmInstance").get("pvmInstanceID").asText());
        if (inst != null) {
            if (inst.get("networkIDs").size() <= 1) {
                throw ApiException.unprocessable("network " + network.get("name").asText() + " is the last network of "
                        + inst.get("serverName").asText() + "; a server keeps at least one");
            }
            String ip = port.get("ipAddress").asText();
            removeAddress((ArrayNode) inst.get("networks"), ip);
            removeAddress((ArrayNode) inst.get("addresses"), ip);
            ArrayNode ids = (ArrayNode) inst.get("networkIDs");
            for (int i = ids.size() - 1; i >= 0; i--) {
                if (ids.get(i).asText().equals(network.get("networkID").asText())) {
                    ids.remove(i);
                }
            }
            inst.put("updatedDate", ctx.now());
            ctx.events().info(ws, "pvm-instance", "update", "Removed network " + network.get("name").asText() + " from "
                    + inst.get("serverName").asText());
        }
        port.remove("pvmInstance");
        port.put("status", "DOWN");
    }

    private static void removeAddress(ArrayNode addresses, String ip) {
        for (int i = addresses.size() - 1; i >= 0; i--) {
            if (addresses.get(i).path("ipAddress").asText().equals(ip)) {
                addresses.remove(i);
            }
        }
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        ObjectNode port = port(ws, network, req);
        if (port.has("pvmInstance")) {
            throw ApiException.conflict("the interface is attached to an instance; detach it first");
        }
        ws.portsOf(network.get("networkID").asText()).remove(port.get("portID").asText());
        NetworkWiring.refreshMetrics(ws, network);
        ctx.events().info(ws, "network-interface", "delete", "Released " + port.get("ipAddress").asText());
        return Reply.emptyObject(200);
    }
}
