package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Region;
import com.pvsconsole.sim.state.Workspace;

/** {@code /v1/workspaces}, {@code /v1/datacenters} and the cloud instance itself. */
final class WorkspaceRoutes {

    private static final String PCLOUD = "/pcloud/v1/cloud-instances/{cloud_instance_id}";
    private final SimContext ctx;
    private final String baseUrlTemplate;

    WorkspaceRoutes(SimContext ctx, String baseUrlTemplate) {
        this.ctx = ctx;
        this.baseUrlTemplate = baseUrlTemplate;
    }

    void register(RouteTable table) {
        table.add("GET", "/v1/workspaces", this::list)
                .add("GET", "/v1/workspaces/{workspace_id}", this::get)
                .add("GET", "/v1/datacenters", this::datacenters)
                .add("GET", "/v1/datacenters/{datacenter_region}", this::datacenter)
                .add("GET", "/v1/datacenters/private", this::privateDatacenters)
                .add("GET", "/v1/datacenters/private/{datacenter_region}", this::privateDatacenter)
                .add("GET", PCLOUD, this::cloudInstance);
    }

    private Reply list(SimRequest req) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("workspaces");
        ctx.state().workspacesIn(req.region()).forEach(ws -> list.add(render(ws)));
        return Reply.ok(body);
    }

    private Reply get(SimRequest req) {
        return Reply.ok(render(ctx.state().workspace(req.param("workspace_id"), req.region())));
    }

    private ObjectNode render(Workspace ws) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", ws.id());
        n.put("name", ws.name());
        n.put("status", "active");
        n.put("type", "off-premises");
        ObjectNode location = n.putObject("location");
        location.put("region", ws.zone());
        location.put("type", "data-center");
        location.put("url", baseUrlTemplate.replace("{region}", ws.region()));
        ObjectNode details = n.putObject("details");
        details.put("creationDate", ws.creationDate());
        details.put("crn", ws.crn());
        details.put("href", "/v1/workspaces/" + ws.id());
        ObjectNode per = details.putObject("powerEdgeRouter");
        per.put("state", "active");
        per.put("type", "automated");
        ObjectNode caps = n.putObject("capabilities");
        caps.put("cloud-connections", false);
        caps.put("power-edge-router", true);
        caps.put("power-vpn-connections", false);
        caps.put("transit-gateway-connection", true);
        return n;
    }

    private Reply datacenters(SimRequest req) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("datacenters");
        for (Region region : ctx.state().regions()) {
            region.zones().forEach(zone -> list.add(datacenter(region, zone)));
        }
        return Reply.ok(body);
    }

    private Reply datacenter(SimRequest req) {
        String wanted = req.param("datacenter_region");
        for (Region region : ctx.state().regions()) {
            for (String zone : region.zones()) {
                if (zone.equals(wanted)) {
                    return Reply.ok(datacenter(region, zone));
                }
            }
        }
        // The definition lists no 404 for this operation; the service answers 400 for an unknown name.
        throw ApiException.badRequest("datacenter " + wanted + " is not a known datacenter");
    }

    /** Private endpoints: one per region, named by the region's private name. */
    private Reply privateDatacenters(SimRequest req) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("datacenters");
        ctx.state().regions().forEach(region -> list.add(privateDatacenter(region)));
        return Reply.ok(body);
    }

    private Reply privateDatacenter(SimRequest req) {
        String wanted = req.param("datacenter_region");
        return ctx.state().regionByPrivateName(wanted).map(r -> Reply.ok(privateDatacenter(r)))
                .orElseThrow(() -> ApiException.badRequest("datacenter " + wanted + " has no private endpoint"));
    }

    private ObjectNode privateDatacenter(Region region) {
        ObjectNode n = datacenter(region, region.privateName());
        n.put("href", "/v1/datacenters/private/" + region.privateName());
        ((ObjectNode) n.get("location")).put("type", "private");
        ((ObjectNode) n.get("location")).put("url",
                baseUrlTemplate.replace("{region}", "private." + region.privateName()));
        return n;
    }

    private ObjectNode datacenter(Region region, String zone) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("status", "active");
        n.put("type", "off-premises");
        n.put("href", "/v1/datacenters/" + zone);
        ObjectNode location = n.putObject("location");
        location.put("region", zone);
        location.put("regionDisplayName", region.displayName());
        location.put("type", "data-center");
        location.put("url", baseUrlTemplate.replace("{region}", region.name()));
        ObjectNode caps = n.putObject("capabilities");
        caps.put("cloud-connections", false);
        caps.put("power-edge-router", true);
        caps.put("vpn-connections", false);
        return n;
    }

    private Reply cloudInstance(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("cloudInstanceID", ws.id());
        n.put("name", ws.name());
        n.put("tenantID", ctx.state().accountId());
        n.put("openstackID", ws.id().replace("-", ""));
        n.put("region", ws.zone());
        n.put("enabled", true);
        n.put("initialized", true);
        n.putArray("capabilities").add("power-edge-router").add("dedicated-hosts");
        ObjectNode usage = n.putObject("usage");
        double procs = 0;
        double memory = 0;
        double storage = 0;
        ArrayNode refs = n.putArray("pvmInstances");
        for (ObjectNode inst : ws.instances.values()) {
            procs += inst.get("processors").asDouble();
            memory += inst.get("memory").asDouble();
            refs.add(InstanceRoutes.reference(ctx, ws, inst));
        }
        for (ObjectNode volume : ws.volumes.values()) {
            storage += volume.get("size").asDouble();
        }
        usage.put("instances", (double) ws.instances.size());
        usage.put("processors", procs);
        usage.put("procUnits", procs);
        usage.put("memory", memory);
        usage.put("storage", storage);
        ObjectNode limits = n.putObject("limits");
        limits.put("instances", Math.max(50.0, ws.instances.size()));
        limits.put("processors", Math.max(200.0, procs));
        limits.put("procUnits", Math.max(200.0, procs));
        limits.put("memory", Math.max(4096.0, memory));
        limits.put("storage", Math.max(100_000.0, storage));
        return Reply.ok(n);
    }
}
