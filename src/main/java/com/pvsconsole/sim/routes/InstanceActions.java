package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Workspace;
import java.time.Duration;

/**
 * Power actions and capture. An action asked of an instance already in its target state, or
 * busy with earlier work, answers 409 like the service does.
 */
final class InstanceActions {

    private final SimContext ctx;

    InstanceActions(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("POST", InstanceRoutes.ONE + "/action", this::action)
                .add("POST", InstanceRoutes.ONE + "/capture", this::capture)
                // v2 is the current route (v1 is deprecated); both answer 202 with a JobReference.
                .add("POST", InstanceRoutes.ONE.replace("/pcloud/v1/", "/pcloud/v2/") + "/capture", this::capture);
    }

    private Reply action(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        String action = req.body().get("action").asText();
        String status = inst.get("status").asText();
        String name = inst.get("serverName").asText();
        if (!action.equals("reset-state")) {
            InstanceRules.requireSettled(inst);
        }
        switch (action) {
            case "start" -> {
                require(status.equals("SHUTOFF"), name, status.equals("ACTIVE") ? "already started" : "is " + status);
                transition(ws, inst, "SHUTOFF", "powering-on", "ACTIVE", "start", "Starting " + name);
            }
            case "stop" -> {
                require(status.equals("ACTIVE"), name, status.equals("SHUTOFF") ? "already stopped" : "is " + status);
                transition(ws, inst, "STOPPING", "powering-off", "SHUTOFF", "stop", "Stopping " + name);
            }
            case "immediate-shutdown" -> {
                require(!status.equals("SHUTOFF"), name, "already stopped");
                InstanceRoutes.setStatus(inst, "SHUTOFF", "OK", ctx.now());
                ctx.events().info(ws, "pvm-instance", "immediate-shutdown", "Immediate shutdown of " + name);
            }
            case "soft-reboot" -> {
                require(status.equals("ACTIVE"), name, "is " + status + "; a soft reboot needs a running OS");
                transition(ws, inst, "REBOOT", "rebooting", "ACTIVE", "soft-reboot", "Soft reboot of " + name);
            }
            case "hard-reboot", "dumprestart" -> {
                require(!status.equals("SHUTOFF"), name, "is stopped; start it instead");
                transition(ws, inst, "HARD_REBOOT", "rebooting_hard", "ACTIVE", action, "Hard reboot of " + name);
            }
            case "reset-state" -> {
                boolean healthy = status.equals("ACTIVE") && inst.path("health").path("status").asText().equals("OK")
                        && inst.path("taskState").asText("").isEmpty();
                require(!healthy, name, "already ACTIVE and healthy");
                inst.put("taskState", "");
                inst.remove("fault");
                InstanceRoutes.setStatus(inst, "ACTIVE", "OK", ctx.now());
                ctx.events().record(ws, "pvm-instance", "reset-state", "warning", "State of " + name + " reset to ACTIVE");
            }
            case "dhcp-ip-sync" -> ctx.events().info(ws, "pvm-instance", "dhcp-ip-sync", "DHCP addresses synced for " + name);
            default -> throw ApiException.badRequest("unknown action " + action);
        }
        return Reply.emptyObject(200);
    }

    private static void require(boolean ok, String name, String why) {
        if (!ok) {
            throw ApiException.conflict("instance " + name + " " + why);
        }
    }

    private void transition(Workspace ws, ObjectNode inst, String during, String task, String target, String action,
                            String message) {
        InstanceRoutes.setStatus(inst, during, "OK", ctx.now());
        inst.put("taskState", task);
        ctx.events().info(ws, "pvm-instance", action, message);
        Duration delay = ctx.durations().powerChange();
        ctx.scheduler().after(delay, () -> {
            inst.put("taskState", "");
            InstanceRoutes.setStatus(inst, target, "OK", ctx.now());
            ctx.events().info(ws, "pvm-instance", "update", "Instance " + inst.get("serverName").asText() + " is " + target);
        });
    }

    private Reply capture(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode inst = ws.instance(req.param("pvm_instance_id"));
        String status = inst.get("status").asText();
        if (status.equals("BUILD") || status.equals("DELETING")) {
            throw ApiException.conflict("instance " + inst.get("serverName").asText() + " is " + status + " and cannot be captured");
        }
        JsonNode body = req.body();
        String destination = body.get("captureDestination").asText();
        String captureName = body.get("captureName").asText();
        if (!destination.equals("image-catalog")) {
            for (String field : new String[] {"cloudStorageRegion", "cloudStorageAccessKey", "cloudStorageSecretKey",
                "cloudStorageImagePath"}) {
                if (!body.hasNonNull(field)) {
                    throw ApiException.badRequest(field + " is required when captureDestination is " + destination);
                }
            }
        }
        boolean fails = captureName.toLowerCase(java.util.Locale.ROOT).contains("fail");
        ObjectNode job = ctx.jobs().start(ws, "vmCapture", inst.get("pvmInstanceID").asText(), fails, ok -> {
            if (ok && !destination.equals("cloud-storage")) {
                String id = ctx.ids().uuid();
                ObjectNode image = ctx.factory().image(id, captureName, inst.get("osType").asText(),
                        "Captured from " + inst.get("serverName").asText(), "active", ctx.now(),
                        inst.get("storageType").asText());
                ((ObjectNode) image.get("specifications")).put("imageType", "capture");
                image.put("crn", ws.resourceCrn("image", id));
                ws.images.put(id, image);
                ctx.events().info(ws, "image", "create", "Image " + captureName + " captured");
            }
        });
        ObjectNode reply = JsonNodeFactory.instance.objectNode();
        reply.put("id", job.get("id").asText());
        reply.put("href", ws.href("jobs", job.get("id").asText()));
        return Reply.accepted(reply);
    }
}
