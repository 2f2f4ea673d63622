package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.state.InstanceSpec;
import com.pvsconsole.sim.state.NetworkWiring;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The slow instance work: build, resize, delete, each walking its states with events. */
final class InstanceBuilder {

    private final SimContext ctx;
    private final NetworkWiring wiring;

    InstanceBuilder(SimContext ctx) {
        this.ctx = ctx;
        this.wiring = new NetworkWiring(ctx.factory(), ctx.ids());
    }

    ObjectNode create(Workspace ws, InstanceSpec spec, List<String> networkIds, List<String> volumeIds) {
        ObjectNode inst = ctx.factory().instance(ws, spec);
        inst.put("taskState", "spawning");
        for (String networkId : networkIds) {
            wiring.plug(ws, inst, ws.networks.get(networkId), null);
        }
        String bootId = ctx.ids().uuid();
        double bootSize = spec.osType().equals("ibmi") ? 80 : spec.osType().equals("aix") ? 40 : 100;
        ObjectNode boot = ctx.factory().volume(ws, bootId, spec.name() + "-" + bootId.substring(0, 5) + "-boot",
                bootSize, spec.storageType(), true, "creating", spec.created());
        ws.volumes.put(bootId, boot);
        ws.instances.put(spec.id(), inst);
        ctx.events().info(ws, "pvm-instance", "create", "Creating instance " + spec.name() + " (" + spec.osType() + ")");
        ctx.events().info(ws, "volume", "create", "Creating boot volume " + boot.get("name").asText());
        // Halfway through, progress moves, so a console can show the build advancing.
        ctx.scheduler().after(ctx.durations().build().dividedBy(2), () -> {
            if (inst.get("status").asText().equals("BUILD")) {
                inst.put("progress", 50.0);
            }
        });
        ctx.scheduler().after(ctx.durations().build(), () -> {
            if (!ws.instances.containsKey(spec.id())) {
                return;
            }
            ResourceFactory.attach(inst, boot, true, ctx.now());
            for (String volumeId : volumeIds) {
                ObjectNode v = ws.volumes.get(volumeId);
                if (v != null && v.get("state").asText().equals("available")) {
                    ResourceFactory.attach(inst, v, false, ctx.now());
                }
            }
            inst.put("progress", 100.0);
            inst.put("taskState", "");
            InstanceRoutes.setStatus(inst, "ACTIVE", "OK", ctx.now());
            ctx.events().info(ws, "pvm-instance", "update", "Instance " + inst.get("serverName").asText() + " is ACTIVE");
        });
        return inst;
    }

    void resize(Workspace ws, ObjectNode inst, String procType, double processors, double memory) {
        String before = inst.get("status").asText();
        InstanceRoutes.setStatus(inst, "RESIZE", inst.path("health").path("status").asText("OK"), ctx.now());
        inst.put("taskState", "resize_prep");
        ctx.events().info(ws, "pvm-instance", "resize", "Resizing " + inst.get("serverName").asText() + " to "
                + processors + " " + procType + " processors, " + memory + " GB");
        ctx.scheduler().after(ctx.durations().resize(), () -> {
            inst.put("procType", procType);
            inst.put("processors", processors);
            inst.put("memory", memory);
            inst.put("maxproc", Math.max(inst.get("maxproc").asDouble(), processors));
            inst.put("maxmem", Math.max(inst.get("maxmem").asDouble(), memory));
            inst.put("taskState", "");
            InstanceRoutes.setStatus(inst, before, "OK", ctx.now());
            ctx.events().info(ws, "pvm-instance", "update", "Resize of " + inst.get("serverName").asText() + " finished");
        });
    }

    void delete(Workspace ws, ObjectNode inst, boolean deleteDataVolumes) {
        String id = inst.get("pvmInstanceID").asText();
        InstanceRoutes.setStatus(inst, "DELETING", inst.path("health").path("status").asText("OK"), ctx.now());
        inst.put("taskState", "deleting");
        ctx.events().info(ws, "pvm-instance", "delete", "Deleting instance " + inst.get("serverName").asText());
        ctx.scheduler().after(ctx.durations().delete(), () -> {
            List<String> volumeIds = new ArrayList<>();
            inst.get("volumeIDs").forEach(v -> volumeIds.add(v.asText()));
            for (String volumeId : volumeIds) {
                ObjectNode volume = ws.volumes.get(volumeId);
                if (volume == null) {
                    continue;
                }
                boolean boot = volume.path("bootVolume").asBoolean(false);
                ResourceFactory.detach(inst, volume, ctx.now());
                if (boot || deleteDataVolumes) {
                    ws.volumes.remove(volumeId);
                    ctx.events().info(ws, "volume", "delete", "Deleted volume " + volume.get("name").asText());
                }
            }
            wiring.unplug(ws, inst);
            ws.instances.remove(id);
            ctx.events().info(ws, "pvm-instance", "delete", "Instance " + inst.get("serverName").asText() + " deleted");
        });
    }
}
