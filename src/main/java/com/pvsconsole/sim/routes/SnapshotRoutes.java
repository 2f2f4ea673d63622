package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Instance snapshots (FlashCopy): taken of all or some attached volumes, available after a short copy,
 * restored only to a shut-off instance unless forced. While a snapshot exists its volumes cannot grow or be
 * detached, and its instance cannot be deleted (see {@link Workspace#inSnapshot}).
 */
final class SnapshotRoutes {

    private static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}/snapshots";
    private static final String OF_INSTANCE = InstanceRoutes.ONE + "/snapshots";

    private final SimContext ctx;

    SnapshotRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("GET", BASE + "/{snapshot_id}", this::get)
                .add("DELETE", BASE + "/{snapshot_id}", this::delete)
                .add("GET", OF_INSTANCE, this::listOfInstance)
                .add("POST", OF_INSTANCE, this::create)
                .add("POST", OF_INSTANCE + "/{snapshot_id}/restore", this::restore);
    }

    private static ObjectNode snapshots(Collection<ObjectNode> snapshots) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("snapshots");
        snapshots.forEach(list::add);
        return body;
    }

    private Reply list(SimRequest req) {
        return Reply.ok(snapshots(ctx.workspace(req).snapshots.values()));
    }

    private Reply listOfInstance(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        String instanceId = ws.instance(req.param("pvm_instance_id")).get("pvmInstanceID").asText();
        return Reply.ok(snapshots(ws.snapshots.values().stream()
                .filter(s -> s.get("pvmInstanceID").asText().equals(instanceId)).toList()));
    }

    private Reply get(SimRequest req) {
        return Reply.ok(ctx.workspace(req).snapshot(req.param("snapshot_id")));
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        JsonNode body = req.body();
        String name = body.get("name").asText();
        if (ws.snapshots.values().stream().anyMatch(s -> s.get("name").asText().equals(name))) {
            throw ApiException.conflict("a snapshot named " + name + " already exists in this workspace");
        }
        List<String> volumeIds = volumesToSnapshot(ws, inst, body);
        String id = ctx.ids().uuid();
        ObjectNode snapshot = JsonNodeFactory.instance.objectNode();
        snapshot.put("snapshotID", id);
        snapshot.put("name", name);
        snapshot.put("description", body.path("description").asText(""));
        snapshot.put("pvmInstanceID", inst.get("pvmInstanceID").asText());
        snapshot.put("status", "creating");
        snapshot.put("action", "snapshot");
        snapshot.put("percentComplete", 0);
        snapshot.put("creationDate", ctx.now());
        snapshot.put("lastUpdateDate", ctx.now());
        snapshot.put("crn", ws.resourceCrn("snapshot", id));
        ObjectNode copies = snapshot.putObject("volumeSnapshots");
        volumeIds.forEach(v -> copies.put(v, "snap-" + ctx.ids().hex(12)));
        ws.snapshots.put(id, snapshot);
        ctx.events().info(ws, "snapshot", "create", "Taking snapshot " + name + " of " + inst.get("serverName").asText());
        ctx.scheduler().after(ctx.durations().volumeCreate(), () -> settle(ws, snapshot, "Snapshot " + name + " is available"));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("snapshotID", id);
        answer.put("crn", snapshot.get("crn").asText());
        return Reply.accepted(answer);
    }

    /** The volumes named in the request, or all attached ones; each must be attached and not in error. */
    private static List<String> volumesToSnapshot(Workspace ws, ObjectNode inst, JsonNode body) {
        List<String> attached = new ArrayList<>();
        inst.get("volumeIDs").forEach(v -> attached.add(v.asText()));
        List<String> named = new ArrayList<>();
        body.path("volumeIDs").forEach(v -> named.add(v.asText()));
        List<String> wanted = named.isEmpty() ? attached : named;
        if (wanted.isEmpty()) {
            throw ApiException.badRequest("instance " + inst.get("serverName").asText() + " has no volumes to snapshot");
        }
        for (String v : wanted) {
            if (!attached.contains(v)) {
                throw ApiException.badRequest("volume " + v + " is not attached to " + inst.get("serverName").asText());
            }
            String state = ws.volume(v).get("state").asText();
            if (state.startsWith("error")) {
                throw ApiException.conflict("volume " + v + " is " + state + " and cannot be snapshotted");
            }
        }
        return wanted;
    }

    private Reply restore(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        ObjectNode snapshot = ws.snapshot(req.param("snapshot_id"));
        if (!snapshot.get("pvmInstanceID").asText().equals(inst.get("pvmInstanceID").asText())) {
            throw ApiException.notFound("snapshot of this instance", req.param("snapshot_id"));
        }
        if (!snapshot.get("status").asText().equals("available")) {
            throw ApiException.conflict("snapshot " + snapshot.get("name").asText() + " is "
                    + snapshot.get("status").asText() + "; wait until it is available");
        }
        boolean force = req.body().path("force").asBoolean(false);
        if (!force && !inst.get("status").asText().equals("SHUTOFF")) {
            throw ApiException.conflict("stop instance " + inst.get("serverName").asText()
                    + " before restoring a snapshot, or restore with force");
        }
        snapshot.put("status", "restoring").put("action", "restore").put("percentComplete", 0)
                .put("lastUpdateDate", ctx.now());
        ctx.events().info(ws, "snapshot", "restore", "Restoring snapshot " + snapshot.get("name").asText() + " to "
                + inst.get("serverName").asText());
        ctx.scheduler().after(ctx.durations().volumeCreate(), () -> settle(ws, snapshot,
                "Restored snapshot " + snapshot.get("name").asText()));
        return Reply.accepted(snapshot);
    }

    private void settle(Workspace ws, ObjectNode snapshot, String message) {
        if (ws.snapshots.containsValue(snapshot)) {
            snapshot.put("status", "available").put("percentComplete", 100).put("lastUpdateDate", ctx.now());
            ctx.events().info(ws, "snapshot", "update", message);
        }
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode snapshot = ws.snapshot(req.param("snapshot_id"));
        if (snapshot.get("status").asText().equals("restoring")) {
            // The definition lists no 409 here.
            throw ApiException.badRequest("snapshot " + snapshot.get("name").asText() + " is being restored");
        }
        ws.snapshots.remove(snapshot.get("snapshotID").asText());
        ctx.events().info(ws, "snapshot", "delete", "Deleted snapshot " + snapshot.get("name").asText());
        return Reply.emptyObject(202);
    }
}
