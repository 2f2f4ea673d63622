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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Subnets (private vlan, public pub-vlan) and their ports. */
final class NetworkRoutes {

    private static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}/networks";
    private static final String ONE = BASE + "/{network_id}";

    private final SimContext ctx;
    private final NetworkWiring wiring;

    NetworkRoutes(SimContext ctx) {
        this.ctx = ctx;
        this.wiring = new NetworkWiring(ctx.factory(), ctx.ids());
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("POST", BASE, this::create)
                .add("GET", ONE, this::get)
                .add("DELETE", ONE, this::delete)
                .add("GET", ONE + "/ports", this::ports)
                .add("POST", ONE + "/ports", this::createPort)
                .add("GET", ONE + "/ports/{port_id}", this::port)
                .add("DELETE", ONE + "/ports/{port_id}", this::deletePort);
    }

    private Reply list(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("networks");
        ws.networks.values().forEach(n -> list.add(ctx.reference(ws, n, "NetworkReference", "networks", "networkID")));
        return Reply.ok(body);
    }

    private Reply get(SimRequest req) {
        return Reply.ok(ctx.workspace(req).network(req.param("network_id")));
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        String type = body.get("type").asText();
        String id = ctx.ids().uuid();
        String name = body.path("name").asText("");
        if (name.isEmpty()) {
            name = type + "-" + id.substring(0, 8);
        }
        String finalName = name;
        if (ws.networks.values().stream().anyMatch(n -> n.get("name").asText().equals(finalName))) {
            throw ApiException.conflict("a network named " + name + " already exists in this workspace");
        }
        String cidr = body.path("cidr").asText("");
        if (type.equals("pub-vlan")) {
            cidr = "169.54." + ctx.ids().nextInt(250) + ".0/29";
        } else if (cidr.isEmpty()) {
            throw ApiException.badRequest("cidr is required for a vlan network");
        }
        String gateway = body.path("gateway").asText("");
        List<String> dns = new ArrayList<>();
        body.path("dnsServers").forEach(d -> dns.add(d.asText()));
        if (dns.isEmpty()) {
            dns.add("127.0.0.1");
        }
        int vlan = 100 + ctx.ids().nextInt(3900);
        ObjectNode network = ctx.factory().network(ws, id, name, type, vlan, cidr,
                gateway.isEmpty() ? com.pvsconsole.sim.state.Ipv4.host(cidr, 1) : gateway, dns);
        if (body.has("mtu")) {
            network.put("mtu", body.get("mtu").asInt());
            network.put("jumbo", body.get("mtu").asInt() > 1500);
        }
        if (body.has("ipAddressRanges")) {
            network.set("ipAddressRanges", body.get("ipAddressRanges").deepCopy());
        }
        ws.networks.put(id, network);
        ctx.events().info(ws, "network", "create", "Created network " + name + " (" + cidr + ")");
        return Reply.created(network);
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        String id = network.get("networkID").asText();
        boolean inUse = ws.portsOf(id).values().stream().anyMatch(p -> p.has("pvmInstance"));
        if (inUse) {
            throw ApiException.conflict("network " + network.get("name").asText()
                    + " still has instances attached; remove them first");
        }
        ws.networks.remove(id);
        ws.ports.remove(id);
        ctx.events().info(ws, "network", "delete", "Deleted network " + network.get("name").asText());
        return Reply.emptyObject(200);
    }

    private Reply ports(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode network = ws.network(req.param("network_id"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("ports");
        ws.portsOf(network.get("networkID").asText()).values().forEach(list::add);
        return Reply.ok(body);
    }

    private Reply createPort(SimRequest req) {
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
        }
        String portId = ctx.ids().uuid();
        ObjectNode port = ctx.factory().port(portId, ip, ctx.factory().mac(), body.path("description").asText(""),
                ws.href("networks", networkId) + "/ports/" + portId);
        ports.put(portId, port);
        NetworkWiring.refreshMetrics(ws, network);
        ctx.events().info(ws, "network-port", "create", "Reserved port " + ip + " on " + network.get("name").asText());
        return Reply.created(port);
    }

    private ObjectNode findPort(Workspace ws, SimRequest req) {
        ObjectNode network = ws.network(req.param("network_id"));
        ObjectNode port = ws.portsOf(network.get("networkID").asText()).get(req.param("port_id"));
        if (port == null) {
            throw ApiException.notFound("port", req.param("port_id"));
        }
        return port;
    }

    private Reply port(SimRequest req) {
        return Reply.ok(findPort(ctx.workspace(req), req));
    }

    private Reply deletePort(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode port = findPort(ws, req);
        if (port.has("pvmInstance")) {
            // No 409 is listed for this operation.
            throw ApiException.badRequest("port " + port.get("ipAddress").asText() + " belongs to an instance");
        }
        ObjectNode network = ws.network(req.param("network_id"));
        ws.portsOf(network.get("networkID").asText()).remove(req.param("port_id"));
        NetworkWiring.refreshMetrics(ws, network);
        ctx.events().info(ws, "network-port", "delete", "Released port " + port.get("ipAddress").asText());
        return Reply.emptyObject(200);
    }
}
