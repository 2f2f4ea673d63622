package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.Workspace;
import java.util.Collection;

/** Data volumes: creating -> available -> in-use on attach, and back on detach. */
final class VolumeRoutes {

    private static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}/volumes";
    private static final String ONE = BASE + "/{volume_id}";
    private static final String ATTACHED = InstanceRoutes.ONE + "/volumes";

    private final SimContext ctx;

    VolumeRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("POST", BASE, this::create)
                .add("GET", ONE, this::get)
                .add("PUT", ONE, this::update)
                .add("DELETE", ONE, this::delete)
                .add("GET", ATTACHED, this::listAttached)
                .add("GET", ATTACHED + "/{volume_id}", this::getAttached)
                .add("POST", ATTACHED + "/{volume_id}", this::attach)
                .add("DELETE", ATTACHED + "/{volume_id}", this::detach);
    }

    private ObjectNode volumes(Workspace ws, Collection<ObjectNode> volumes) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("volumes");
        volumes.forEach(v -> list.add(ctx.reference(ws, v, "VolumeReference", "volumes", "volumeID")));
        return body;
    }

    private Reply list(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        return Reply.ok(volumes(ws, ws.volumes.values()));
    }

    private Reply get(SimRequest req) {
        return Reply.ok(ctx.workspace(req).volume(req.param("volume_id")));
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        double size = body.get("size").asDouble();
        if (size < 1 || size > 2000) {
            throw ApiException.unprocessable("size must be between 1 and 2000 GB, was " + size);
        }
        String diskType = body.path("diskType").asText("tier3");
        if (!diskType.matches("tier0|tier1|tier3|tier5k|fixed-IOPS")) {
            throw ApiException.unprocessable("diskType " + diskType + " is not offered here (tier0, tier1, tier3, tier5k, fixed-IOPS)");
        }
        if (diskType.equals("tier5k") && size > 200) {
            throw ApiException.unprocessable("tier5k volumes cannot exceed 200 GB");
        }
        String id = ctx.ids().uuid();
        ObjectNode volume = ctx.factory().volume(ws, id, body.get("name").asText(), size, diskType, false, "creating",
                ctx.now());
        volume.put("shareable", body.path("shareable").asBoolean(false));
        String pool = body.path("volumePool").asText("");
        if (!pool.isEmpty()) {
            // The pools storage-capacity/storage-pools lists (CatalogRoutes); any pool takes any tier.
            if (!pool.matches("Tier1-Flash-1|Tier3-Flash-1")) {
                throw ApiException.unprocessable("volumePool " + pool + " is not a storage pool of this workspace");
            }
            volume.put("volumePool", pool);
        }
        ws.volumes.put(id, volume);
        ctx.events().info(ws, "volume", "create", "Creating volume " + volume.get("name").asText() + " (" + size + " GB)");
        ctx.scheduler().after(ctx.durations().volumeCreate(), () -> {
            if (volume.get("state").asText().equals("creating")) {
                volume.put("state", "available");
                volume.put("lastUpdateDate", ctx.now());
                ctx.events().info(ws, "volume", "update", "Volume " + volume.get("name").asText() + " is available");
            }
        });
        return Reply.accepted(volume);
    }

    private Reply update(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode volume = ws.volume(req.param("volume_id"));
        JsonNode body = req.body();
        String volumeId = volume.get("volumeID").asText();
        boolean changesDisk = body.has("size") || body.has("shareable") || body.has("bootable");
        if (changesDisk && ws.inSnapshot(volumeId)) {
            throw ApiException.conflict("volume " + volume.get("name").asText()
                    + " is in an instance snapshot; delete the snapshot before resizing or changing its flags");
        }
        if (changesDisk && !volume.get("state").asText().matches("available|in-use")) {
            throw ApiException.conflict("volume " + volume.get("name").asText() + " is "
                    + volume.get("state").asText() + "; wait until it is available or in-use");
        }
        if (body.has("size")) {
            double size = body.get("size").asDouble();
            if (size < volume.get("size").asDouble()) {
                throw ApiException.unprocessable("a volume can only grow; size " + size + " is below "
                        + volume.get("size").asDouble());
            }
            if (volume.path("diskType").asText().equals("tier5k") && size > 200) {
                throw ApiException.unprocessable("tier5k volumes cannot exceed 200 GB");
            }
            double grown = size - volume.get("size").asDouble();
            volume.put("size", size);
            // An attached volume grows online; its instances count the extra space.
            for (JsonNode owner : volume.get("pvmInstanceIDs")) {
                ObjectNode inst = ws.instances.get(owner.asText());
                if (inst != null) {
                    inst.put("diskSize", inst.get("diskSize").asDouble() + grown);
                }
            }
        }
        boolean shareable = body.path("shareable").asBoolean(volume.path("shareable").asBoolean(false));
        boolean bootable = body.path("bootable").asBoolean(volume.path("bootable").asBoolean(false));
        if (shareable && bootable) {
            throw ApiException.unprocessable("a volume cannot be both shareable and bootable");
        }
        if (body.has("bootable")) {
            volume.put("bootable", bootable);
        }
        if (body.hasNonNull("name")) {
            volume.put("name", body.get("name").asText());
        }
        if (body.has("shareable")) {
            volume.put("shareable", body.get("shareable").asBoolean());
        }
        volume.put("lastUpdateDate", ctx.now());
        ctx.events().info(ws, "volume", "update", "Volume " + volume.get("name").asText() + " updated");
        return Reply.ok(volume);
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode volume = ws.volume(req.param("volume_id"));
        String state = volume.get("state").asText();
        if (ws.inSnapshot(volume.get("volumeID").asText())) {
            throw ApiException.badRequest("volume " + volume.get("name").asText() + " is in an instance snapshot");
        }
        if (!state.equals("available") && !state.equals("error")) {
            // The definition lists no 409 for this operation: the service answers 400.
            throw ApiException.badRequest("volume " + volume.get("name").asText() + " is " + state
                    + "; detach it before deleting it");
        }
        volume.put("state", "deleting");
        ctx.events().info(ws, "volume", "delete", "Deleting volume " + volume.get("name").asText());
        ctx.scheduler().after(ctx.durations().delete(), () -> ws.volumes.remove(volume.get("volumeID").asText()));
        return Reply.emptyObject(200);
    }

    private Reply listAttached(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        java.util.List<ObjectNode> attached = new java.util.ArrayList<>();
        inst.get("volumeIDs").forEach(id -> {
            ObjectNode v = ws.volumes.get(id.asText());
            if (v != null) {
                attached.add(v);
            }
        });
        return Reply.ok(volumes(ws, attached));
    }

    private Reply getAttached(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        ObjectNode volume = ws.volume(req.param("volume_id"));
        if (!isAttached(inst, volume)) {
            throw ApiException.notFound("volume attached to this instance", req.param("volume_id"));
        }
        return Reply.ok(volume);
    }

    private Reply attach(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        ObjectNode volume = ws.volume(req.param("volume_id"));
        InstanceRules.requireSettled(inst);
        if (isAttached(inst, volume)) {
            throw ApiException.conflict("volume " + volume.get("name").asText() + " is already attached to this instance");
        }
        String state = volume.get("state").asText();
        boolean shareableInUse = state.equals("in-use") && volume.path("shareable").asBoolean(false);
        if (!state.equals("available") && !shareableInUse) {
            throw ApiException.conflict("volume " + volume.get("name").asText() + " is " + state + ", not available");
        }
        ResourceFactory.attach(inst, volume, false, ctx.now());
        ctx.events().info(ws, "volume", "attach", "Attached volume " + volume.get("name").asText() + " to "
                + inst.get("serverName").asText());
        return Reply.emptyObject(200);
    }

    private Reply detach(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        ObjectNode volume = ws.volume(req.param("volume_id"));
        if (!isAttached(inst, volume)) {
            throw ApiException.notFound("volume attached to this instance", req.param("volume_id"));
        }
        if (ws.inSnapshot(volume.get("volumeID").asText())) {
            throw ApiException.conflict("volume " + volume.get("name").asText()
                    + " is in an instance snapshot; delete the snapshot before detaching it");
        }
        if (volume.path("bootVolume").asBoolean(false) && !inst.get("status").asText().equals("SHUTOFF")) {
            throw ApiException.conflict("the boot volume can only be detached from a stopped instance");
        }
        ResourceFactory.detach(inst, volume, ctx.now());
        ctx.events().info(ws, "volume", "detach", "Detached volume " + volume.get("name").asText() + " from "
                + inst.get("serverName").asText());
        return Reply.emptyObject(202);
    }

    private static boolean isAttached(ObjectNode inst, ObjectNode volume) {
        String id = volume.get("volumeID").asText();
        for (JsonNode v : inst.get("volumeIDs")) {
            if (v.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
