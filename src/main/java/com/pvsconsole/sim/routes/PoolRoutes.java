package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Workspace;
import java.util.Collection;

/**
 * Shared processor pools, server placement groups and SPP placement groups. An instance joins a pool or a
 * placement group at create ({@link InstanceRoutes}); a pool is deleted only when empty; a placement group
 * may be deleted with members. Limits from FAULTS-AND-SEMANTICS §3.6 and §3.7.
 */
final class PoolRoutes {

    private static final String CI = "/pcloud/v1/cloud-instances/{cloud_instance_id}";
    private static final String POOLS = CI + "/shared-processor-pools";
    private static final String GROUPS = CI + "/placement-groups";
    private static final String SPP_GROUPS = CI + "/spp-placement-groups";
    private static final int MAX_PLACEMENT_GROUPS = 25;
    private static final String POOL_NAME = "[A-Za-z0-9_]{2,12}";

    private final SimContext ctx;

    PoolRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", POOLS, this::listPools)
                .add("POST", POOLS, this::createPool)
                .add("GET", POOLS + "/{shared_processor_pool_id}", this::getPool)
                .add("PUT", POOLS + "/{shared_processor_pool_id}", this::updatePool)
                .add("DELETE", POOLS + "/{shared_processor_pool_id}", this::deletePool)
                .add("GET", GROUPS, this::listGroups)
                .add("POST", GROUPS, this::createGroup)
                .add("GET", GROUPS + "/{placement_group_id}", this::getGroup)
                .add("DELETE", GROUPS + "/{placement_group_id}", this::deleteGroup)
                .add("POST", GROUPS + "/{placement_group_id}/members", this::addMember)
                .add("DELETE", GROUPS + "/{placement_group_id}/members", this::removeMember)
                .add("GET", SPP_GROUPS, this::listSppGroups)
                .add("POST", SPP_GROUPS, this::createSppGroup)
                .add("GET", SPP_GROUPS + "/{spp_placement_group_id}", this::getSppGroup)
                .add("DELETE", SPP_GROUPS + "/{spp_placement_group_id}", this::deleteSppGroup)
                .add("POST", SPP_GROUPS + "/{spp_placement_group_id}/members/{shared_processor_pool_id}",
                        this::addSppMember)
                .add("DELETE", SPP_GROUPS + "/{spp_placement_group_id}/members/{shared_processor_pool_id}",
                        this::removeSppMember);
    }

    /** Puts a new instance into a pool: its cores count against the pool's reserve. */
    static void join(ObjectNode pool, ObjectNode inst) {
        inst.put("sharedProcessorPool", pool.get("name").asText());
        inst.put("sharedProcessorPoolID", pool.get("id").asText());
        double allocated = pool.get("allocatedCores").asDouble() + inst.get("processors").asDouble();
        pool.put("allocatedCores", allocated);
        pool.put("availableCores", pool.get("reservedCores").asDouble() - allocated);
    }

    /** Puts an instance into a server placement group; an instance is in at most one. */
    static void join(Workspace ws, ObjectNode group, ObjectNode inst) {
        if (inst.hasNonNull("placementGroup") && !inst.get("placementGroup").asText().isEmpty()) {
            throw ApiException.conflict("instance " + inst.get("serverName").asText()
                    + " is already in placement group " + inst.get("placementGroup").asText());
        }
        for (JsonNode member : group.get("members")) {
            ObjectNode other = ws.instances.get(member.asText());
            if (other != null && other.get("status").asText().equals("BUILD")) {
                throw ApiException.conflict("member " + other.get("serverName").asText()
                        + " of the placement group is still being built; try again when it is active");
            }
        }
        ((ArrayNode) group.get("members")).add(inst.get("pvmInstanceID").asText());
        inst.put("placementGroup", group.get("id").asText());
    }

    private static ObjectNode list(String field, Collection<ObjectNode> items) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray(field);
        items.forEach(list::add);
        return body;
    }

    private Reply listPools(SimRequest req) {
        return Reply.ok(list("sharedProcessorPools", ctx.workspace(req).sharedProcessorPools.values()));
    }

    private Reply getPool(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode pool = ws.sharedProcessorPool(req.param("shared_processor_pool_id"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("sharedProcessorPool", pool);
        ArrayNode servers = body.putArray("servers");
        for (ObjectNode inst : ws.instances.values()) {
            if (inst.path("sharedProcessorPoolID").asText().equals(pool.get("id").asText())) {
                ObjectNode server = servers.addObject();
                server.put("id", inst.get("pvmInstanceID").asText());
                server.put("name", inst.get("serverName").asText());
                server.put("status", inst.get("status").asText());
                server.put("Cpus", inst.get("processors").asDouble());
                server.put("vcpus", (long) Math.ceil(inst.get("processors").asDouble()));
                server.put("Uncapped", inst.get("procType").asText().equals("shared"));
                server.put("memory", inst.get("memory").asLong());
                server.put("availabilityZone", ws.zone());
            }
        }
        return Reply.ok(body);
    }

    private Reply createPool(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        String name = body.get("name").asText();
        if (!name.matches(POOL_NAME)) {
            throw ApiException.unprocessable("a shared processor pool name has 2 to 12 letters, digits or _");
        }
        if (ws.sharedProcessorPools.values().stream().anyMatch(p -> p.get("name").asText().equals(name))) {
            throw ApiException.conflict("a shared processor pool named " + name + " already exists");
        }
        String hostGroup = body.get("hostGroup").asText();
        if (!ws.systemTypes().contains(hostGroup)) {
            throw ApiException.unprocessable("host group " + hostGroup + " is not offered here; use one of "
                    + ws.systemTypes());
        }
        long reserved = body.get("reservedCores").asLong();
        if (reserved < 1 || reserved > CatalogRoutes.CORES_PER_HOST) {
            throw ApiException.unprocessable("reservedCores must be between 1 and " + CatalogRoutes.CORES_PER_HOST);
        }
        String id = ctx.ids().uuid();
        ObjectNode pool = JsonNodeFactory.instance.objectNode();
        pool.put("id", id);
        pool.put("name", name);
        pool.put("hostGroup", hostGroup);
        pool.put("hostID", 1 + ctx.ids().nextInt(8));
        pool.put("reservedCores", reserved);
        pool.put("allocatedCores", 0.0);
        pool.put("availableCores", (double) reserved);
        pool.put("status", "configuring");
        pool.put("statusDetail", "");
        pool.put("creationDate", ctx.now());
        pool.put("crn", ws.resourceCrn("shared-processor-pool", id));
        pool.putArray("sharedProcessorPoolPlacementGroups");
        if (body.hasNonNull("placementGroupID")) {
            ObjectNode group = ws.sppPlacementGroup(body.get("placementGroupID").asText());
            addToSppGroup(group, pool);
        }
        ws.sharedProcessorPools.put(id, pool);
        ctx.events().info(ws, "shared-processor-pool", "create", "Creating shared processor pool " + name);
        ctx.scheduler().after(ctx.durations().volumeCreate(), () -> pool.put("status", "active"));
        return Reply.accepted(pool);
    }

    /** New name and/or reserve; the reserve rises up to a host's cores and falls only down to what is allocated. */
    private Reply updatePool(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode pool = ws.sharedProcessorPool(req.param("shared_processor_pool_id"));
        JsonNode body = req.body();
        if (body.hasNonNull("name")) {
            String name = body.get("name").asText();
            if (!name.matches(POOL_NAME)) {
                throw ApiException.badRequest("a shared processor pool name has 2 to 12 letters, digits or _");
            }
            if (ws.sharedProcessorPools.values().stream().anyMatch(p -> p != pool && p.get("name").asText().equals(name))) {
                throw ApiException.badRequest("a shared processor pool named " + name + " already exists");
            }
            pool.put("name", name);
        }
        if (body.hasNonNull("reservedCores")) {
            long reserved = body.get("reservedCores").asLong();
            double allocated = pool.get("allocatedCores").asDouble();
            // The definition lists no 409 or 422 for this operation: the service answers 400.
            if (reserved < allocated) {
                throw ApiException.badRequest("reservedCores " + reserved + " is below the " + allocated
                        + " cores the pool's instances use");
            }
            if (reserved < 1 || reserved > CatalogRoutes.CORES_PER_HOST) {
                throw ApiException.badRequest("reservedCores must be between 1 and " + CatalogRoutes.CORES_PER_HOST);
            }
            pool.put("reservedCores", reserved);
            pool.put("availableCores", reserved - allocated);
        }
        ctx.events().info(ws, "shared-processor-pool", "update", "Updated shared processor pool "
                + pool.get("name").asText());
        return Reply.ok(pool);
    }

    private Reply deletePool(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode pool = ws.sharedProcessorPool(req.param("shared_processor_pool_id"));
        String id = pool.get("id").asText();
        if (ws.instances.values().stream().anyMatch(i -> i.path("sharedProcessorPoolID").asText().equals(id))) {
            throw ApiException.conflict("shared processor pool " + pool.get("name").asText()
                    + " still has instances; delete them first");
        }
        ws.sharedProcessorPools.remove(id);
        ws.sppPlacementGroups.values().forEach(g -> removeText((ArrayNode) g.get("memberSharedProcessorPools"), id));
        ctx.events().info(ws, "shared-processor-pool", "delete", "Deleted shared processor pool " + pool.get("name").asText());
        return Reply.emptyObject(200);
    }

    private Reply listGroups(SimRequest req) {
        return Reply.ok(list("placementGroups", ctx.workspace(req).placementGroups.values()));
    }

    private Reply getGroup(SimRequest req) {
        return Reply.ok(ctx.workspace(req).placementGroup(req.param("placement_group_id")));
    }

    private Reply createGroup(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        String name = req.body().get("name").asText();
        if (ws.placementGroups.values().stream().anyMatch(g -> g.get("name").asText().equals(name))) {
            throw ApiException.conflict("a placement group named " + name + " already exists");
        }
        if (ws.placementGroups.size() >= MAX_PLACEMENT_GROUPS) {
            throw ApiException.unprocessable("a workspace has at most " + MAX_PLACEMENT_GROUPS + " placement groups");
        }
        String id = ctx.ids().uuid();
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        group.put("id", id);
        group.put("name", name);
        group.put("policy", req.body().get("policy").asText());
        group.putArray("members");
        group.put("crn", ws.resourceCrn("placement-group", id));
        ws.placementGroups.put(id, group);
        ctx.events().info(ws, "placement-group", "create", "Created placement group " + name);
        return Reply.ok(group);
    }

    private Reply deleteGroup(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.placementGroup(req.param("placement_group_id"));
        for (JsonNode member : group.get("members")) {
            ObjectNode inst = ws.instances.get(member.asText());
            if (inst != null) {
                inst.remove("placementGroup");
            }
        }
        ws.placementGroups.remove(group.get("id").asText());
        ctx.events().info(ws, "placement-group", "delete", "Deleted placement group " + group.get("name").asText());
        return Reply.emptyObject(200);
    }

    private Reply addMember(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.placementGroup(req.param("placement_group_id"));
        ObjectNode inst = ws.instances.get(req.body().get("id").asText());
        if (inst == null) {
            throw ApiException.unprocessable("instance " + req.body().get("id").asText() + " does not exist");
        }
        join(ws, group, inst);
        return Reply.ok(group);
    }

    private Reply removeMember(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.placementGroup(req.param("placement_group_id"));
        String instanceId = req.body().get("id").asText();
        if (!removeText((ArrayNode) group.get("members"), instanceId)) {
            throw ApiException.unprocessable("instance " + instanceId + " is not part of placement-group "
                    + group.get("name").asText());
        }
        ObjectNode inst = ws.instances.get(instanceId);
        if (inst != null) {
            inst.remove("placementGroup");
        }
        return Reply.ok(group);
    }

    private Reply listSppGroups(SimRequest req) {
        return Reply.ok(list("sppPlacementGroups", ctx.workspace(req).sppPlacementGroups.values()));
    }

    private Reply getSppGroup(SimRequest req) {
        return Reply.ok(ctx.workspace(req).sppPlacementGroup(req.param("spp_placement_group_id")));
    }

    private Reply createSppGroup(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        String name = req.body().get("name").asText();
        if (ws.sppPlacementGroups.values().stream().anyMatch(g -> g.get("name").asText().equals(name))) {
            throw ApiException.conflict("an SPP placement group named " + name + " already exists");
        }
        String id = ctx.ids().uuid();
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        group.put("id", id);
        group.put("name", name);
        group.put("policy", req.body().get("policy").asText());
        group.putArray("memberSharedProcessorPools");
        group.put("crn", ws.resourceCrn("spp-placement-group", id));
        ws.sppPlacementGroups.put(id, group);
        ctx.events().info(ws, "spp-placement-group", "create", "Created SPP placement group " + name);
        return Reply.ok(group);
    }

    /** Deleting the group neither deletes nor moves its pools. */
    private Reply deleteSppGroup(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.sppPlacementGroup(req.param("spp_placement_group_id"));
        String id = group.get("id").asText();
        ws.sharedProcessorPools.values().forEach(p ->
                removeById((ArrayNode) p.get("sharedProcessorPoolPlacementGroups"), id));
        ws.sppPlacementGroups.remove(id);
        ctx.events().info(ws, "spp-placement-group", "delete", "Deleted SPP placement group " + group.get("name").asText());
        return Reply.emptyObject(200);
    }

    private Reply addSppMember(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.sppPlacementGroup(req.param("spp_placement_group_id"));
        ObjectNode pool = ws.sharedProcessorPool(req.param("shared_processor_pool_id"));
        addToSppGroup(group, pool);
        return Reply.ok(group);
    }

    private static void addToSppGroup(ObjectNode group, ObjectNode pool) {
        for (JsonNode member : group.get("memberSharedProcessorPools")) {
            if (member.asText().equals(pool.get("id").asText())) {
                throw ApiException.conflict("pool " + pool.get("name").asText() + " is already in this group");
            }
        }
        ((ArrayNode) group.get("memberSharedProcessorPools")).add(pool.get("id").asText());
        ((ArrayNode) pool.get("sharedProcessorPoolPlacementGroups")).addObject().put("id", group.get("id").asText())
                .put("name", group.get("name").asText()).put("policy", group.get("policy").asText());
    }

    private Reply removeSppMember(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode group = ws.sppPlacementGroup(req.param("spp_placement_group_id"));
        ObjectNode pool = ws.sharedProcessorPool(req.param("shared_processor_pool_id"));
        if (!removeText((ArrayNode) group.get("memberSharedProcessorPools"), pool.get("id").asText())) {
            throw ApiException.conflict("pool " + pool.get("name").asText() + " is not in this group");
        }
        removeById((ArrayNode) pool.get("sharedProcessorPoolPlacementGroups"), group.get("id").asText());
        return Reply.ok(group);
    }

    private static void removeById(ArrayNode array, String id) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).path("id").asText().equals(id)) {
                array.remove(i);
            }
        }
    }

    private static boolean removeText(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                array.remove(i);
                return true;
            }
        }
        return false;
    }
}
