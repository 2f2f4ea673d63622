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
import java.util.List;

/**
 * Volume changes beyond create, grow and attach: tier change ({@code POST .../volumes/{id}/action}), the
 * asynchronous clone ({@code POST /pcloud/v2/.../volumes/clone}, followed with {@code clone-tasks}) and bulk
 * delete ({@code DELETE /pcloud/v2/.../volumes}, 206 when only some could go).
 */
final class VolumeChangeRoutes {

    private static final String V1 = "/pcloud/v1/cloud-instances/{cloud_instance_id}/volumes";
    private static final String V2 = "/pcloud/v2/cloud-instances/{cloud_instance_id}/volumes";
    private static final List<String> TIERS = List.of("tier0", "tier1", "tier3", "tier5k");
    private static final int CLONE_STEPS = 4;

    private final SimContext ctx;

    VolumeChangeRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("POST", V1 + "/{volume_id}/action", this::action)
                .add("POST", V2 + "/clone", this::clone)
                .add("GET", V2 + "/clone-tasks/{clone_task_id}", this::cloneTask)
                .add("DELETE", V2, this::bulkDelete);
    }

    private Reply action(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode volume = ws.volume(req.param("volume_id"));
        JsonNode body = req.body();
        if (!volume.get("state").asText().matches("available|in-use")) {
            throw ApiException.conflict("volume " + volume.get("name").asText() + " is " + volume.get("state").asText());
        }
        if (body.hasNonNull("targetStorageTier")) {
            String tier = body.get("targetStorageTier").asText();
            if (!TIERS.contains(tier)) {
                // No 422 is listed for this operation.
                throw ApiException.badRequest("storage tier " + tier + " is not offered here; use one of " + TIERS);
            }
            if (tier.equals("tier5k") && volume.get("size").asDouble() > 200) {
                throw ApiException.badRequest("a volume over 200 GB cannot move to tier5k (fixed IOPS)");
            }
            if (volume.path("replicationEnabled").asBoolean(false)) {
                throw ApiException.conflict("disable replication before changing the tier of a replicated volume");
            }
            volume.put("diskType", tier);
            volume.put("volumeType", tier + "-" + ctx.ids().hex(6));
        }
        if (body.has("replicationEnabled")) {
            volume.put("replicationEnabled", body.get("replicationEnabled").asBoolean());
        }
        volume.put("lastUpdateDate", ctx.now());
        ctx.events().info(ws, "volume", "update", "Changed volume " + volume.get("name").asText());
        return Reply.emptyObject(202);
    }

    private Reply clone(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        List<ObjectNode> sources = new ArrayList<>();
        String pool = null;
        for (JsonNode id : body.get("volumeIDs")) {
            ObjectNode volume = ws.volumes.get(id.asText());
            if (volume == null) {
                throw ApiException.notFound("volume", id.asText());
            }
            if (!volume.get("state").asText().matches("available|in-use")) {
                throw ApiException.conflict("volume " + volume.get("name").asText() + " is "
                        + volume.get("state").asText() + " and cannot be cloned now");
            }
            if (pool != null && !pool.equals(volume.path("volumePool").asText())) {
                throw ApiException.badRequest("all volumes of a clone must be in one storage pool");
            }
            pool = volume.path("volumePool").asText();
            sources.add(volume);
        }
        if (sources.isEmpty()) {
            throw ApiException.badRequest("volumeIDs names no volume");
        }
        String tier = body.path("targetStorageTier").asText("");
        if (!tier.isEmpty() && !TIERS.contains(tier)) {
            throw ApiException.badRequest("storage tier " + tier + " is not offered here; use one of " + TIERS);
        }
        String taskId = ctx.ids().uuid();
        ObjectNode task = JsonNodeFactory.instance.objectNode();
        task.put("cloneTaskID", taskId);
        task.put("status", "running");
        task.put("percentComplete", 0);
        ArrayNode cloned = task.putArray("clonedVolumes");
        String base = body.get("name").asText();
        if (sources.size() > 1 && base.length() > 20) {
            base = base.substring(0, 20);
        }
        int number = 10000 + ctx.ids().nextInt(90000);
        for (int i = 0; i < sources.size(); i++) {
            ObjectNode source = sources.get(i);
            String id = ctx.ids().uuid();
            String name = "clone-" + base + "-" + number + (sources.size() > 1 ? "-" + (i + 1) : "");
            ObjectNode copy = ctx.factory().volume(ws, id, name, source.get("size").asDouble(),
                    tier.isEmpty() ? source.get("diskType").asText() : tier, source.path("bootable").asBoolean(false),
                    "creating", ctx.now());
            copy.put("volumePool", source.path("volumePool").asText());
            ws.volumes.put(id, copy);
            cloned.addObject().put("sourceVolumeID", source.get("volumeID").asText()).put("clonedVolumeID", id);
        }
        ws.cloneTasks.put(taskId, task);
        ctx.events().info(ws, "volume", "clone", "Cloning " + sources.size() + " volume(s) as " + base);
        for (int step = 1; step <= CLONE_STEPS; step++) {
            int percent = step * 100 / CLONE_STEPS;
            ctx.scheduler().after(ctx.durations().jobStep().multipliedBy(step), () -> advance(ws, task, percent));
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("cloneTaskID", taskId);
        answer.put("href", "/pcloud/v2/cloud-instances/" + ws.id() + "/volumes/clone-tasks/" + taskId);
        return Reply.accepted(answer);
    }

    private void advance(Workspace ws, ObjectNode task, int percent) {
        if (!task.get("status").asText().equals("running")) {
            return;
        }
        task.put("percentComplete", percent);
        if (percent >= 100) {
            task.put("status", "completed");
            for (JsonNode pair : task.get("clonedVolumes")) {
                ObjectNode copy = ws.volumes.get(pair.get("clonedVolumeID").asText());
                if (copy != null && copy.get("state").asText().equals("creating")) {
                    copy.put("state", "available").put("lastUpdateDate", ctx.now());
                }
            }
            ctx.events().info(ws, "volume", "clone", "Clone task " + task.get("cloneTaskID").asText() + " completed");
        }
    }

    private Reply cloneTask(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode task = ws.cloneTasks.get(req.param("clone_task_id"));
        if (task == null) {
            throw ApiException.notFound("clone task", req.param("clone_task_id"));
        }
        // The stored task keeps its id; the answer is the definition's CloneTaskStatus.
        return Reply.ok(ctx.schemas().project(task, "CloneTaskStatus"));
    }

    /** Deletes what may be deleted; the others stay and the answer is 206 with a summary naming them. */
    private Reply bulkDelete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        List<String> refused = new ArrayList<>();
        int deleted = 0;
        for (JsonNode id : req.body().get("volumeIDs")) {
            ObjectNode volume = ws.volumes.get(id.asText());
            boolean deletable = volume != null && volume.get("state").asText().matches("available|error")
                    && !ws.inSnapshot(id.asText());
            if (!deletable) {
                refused.add(volume == null ? id.asText() + " (not found)"
                        : volume.get("name").asText() + " (" + volume.get("state").asText() + ")");
                continue;
            }
            volume.put("state", "deleting");
            ctx.scheduler().after(ctx.durations().delete(), () -> ws.volumes.remove(id.asText()));
            deleted++;
        }
        ctx.events().info(ws, "volume", "delete", "Deleting " + deleted + " volume(s)");
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("summary", refused.isEmpty() ? deleted + " volume(s) are being deleted"
                : deleted + " volume(s) are being deleted; not deleted: " + String.join(", ", refused));
        return new Reply(refused.isEmpty() ? 202 : 206, answer);
    }
}
