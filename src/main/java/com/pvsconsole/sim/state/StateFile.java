package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the simulated account across restarts: the whole state as one JSON file, written to a
 * temporary file beside it and moved into place, so a crash never leaves half a file. Work in
 * flight when the simulator stopped is finished on load (it "completed while we were down").
 */
public final class StateFile {

    private final Path file;
    private final ObjectMapper mapper;

    public StateFile(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public void save(SimState state) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", 1);
        root.put("accountId", state.accountId());
        root.set("user", state.user());
        ArrayNode regions = root.putArray("regions");
        state.regions().forEach(r -> r.writeTo(regions.addObject()));
        root.set("stockImages", values(state.stockImages));
        root.set("sshKeys", values(state.sshKeys));
        ArrayNode workspaces = root.putArray("workspaces");
        for (Workspace ws : state.workspaces.values()) {
            ObjectNode w = workspaces.addObject();
            w.put("id", ws.id());
            w.put("name", ws.name());
            w.put("region", ws.region());
            w.put("zone", ws.zone());
            w.put("creationDate", ws.creationDate());
            w.set("instances", values(ws.instances));
            w.set("volumes", values(ws.volumes));
            w.set("networks", values(ws.networks));
            w.set("images", values(ws.images));
            w.set("jobs", values(ws.jobs));
            w.set("snapshots", values(ws.snapshots));
            w.set("cloneTasks", values(ws.cloneTasks));
            w.set("sharedProcessorPools", values(ws.sharedProcessorPools));
            w.set("placementGroups", values(ws.placementGroups));
            w.set("sppPlacementGroups", values(ws.sppPlacementGroups));
            ObjectNode ports = w.putObject("ports");
            ws.ports.forEach((net, map) -> ports.set(net, values(map)));
            ArrayNode events = w.putArray("events");
            ws.events().forEach(events::add);
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            mapper.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public SimState load() throws IOException {
        JsonNode root = mapper.readTree(file.toFile());
        List<Region> regions = new ArrayList<>();
        root.get("regions").forEach(r -> regions.add(Region.fromJson(r)));
        SimState state = new SimState(root.get("accountId").asText(), (ObjectNode) root.get("user"), regions);
        root.get("stockImages").forEach(i -> state.stockImages.put(i.get("imageID").asText(), (ObjectNode) i));
        root.get("sshKeys").forEach(k -> state.sshKeys.put(k.get("name").asText(), (ObjectNode) k));
        for (JsonNode w : root.get("workspaces")) {
            Workspace ws = new Workspace(w.get("id").asText(), w.get("name").asText(), w.get("region").asText(),
                    w.get("zone").asText(), w.get("creationDate").asText(), state.accountId());
            w.get("instances").forEach(i -> ws.instances.put(i.get("pvmInstanceID").asText(), (ObjectNode) i));
            w.get("volumes").forEach(v -> ws.volumes.put(v.get("volumeID").asText(), (ObjectNode) v));
            w.get("networks").forEach(n -> ws.networks.put(n.get("networkID").asText(), (ObjectNode) n));
            w.get("images").forEach(i -> ws.images.put(i.get("imageID").asText(), (ObjectNode) i));
            w.get("jobs").forEach(j -> ws.jobs.put(j.get("id").asText(), (ObjectNode) j));
            // Files written before these resources existed simply lack them.
            w.path("snapshots").forEach(s -> ws.snapshots.put(s.get("snapshotID").asText(), (ObjectNode) s));
            w.path("cloneTasks").forEach(c -> ws.cloneTasks.put(c.get("cloneTaskID").asText(), (ObjectNode) c));
            w.path("sharedProcessorPools").forEach(p ->
                    ws.sharedProcessorPools.put(p.get("id").asText(), (ObjectNode) p));
            w.path("placementGroups").forEach(g -> ws.placementGroups.put(g.get("id").asText(), (ObjectNode) g));
            w.path("sppPlacementGroups").forEach(g -> ws.sppPlacementGroups.put(g.get("id").asText(), (ObjectNode) g));
            w.get("ports").fields().forEachRemaining(e ->
                    e.getValue().forEach(p -> ws.portsOf(e.getKey()).put(p.get("portID").asText(), (ObjectNode) p)));
            w.get("events").forEach(e -> ws.addEvent((ObjectNode) e));
            settle(ws);
            state.workspaces.put(ws.id(), ws);
        }
        return state;
    }

    private static void settle(Workspace ws) {
        ws.instances.values().removeIf(i -> i.get("status").asText().equals("DELETING"));
        for (ObjectNode inst : ws.instances.values()) {
            String status = inst.get("status").asText();
            String settled = switch (status) {
                case "BUILD", "RESIZE", "VERIFY_RESIZE", "REBOOT", "HARD_REBOOT" -> "ACTIVE";
                case "STOPPING" -> "SHUTOFF";
                default -> inst.path("taskState").asText("").equals("powering-on") ? "ACTIVE" : status;
            };
            inst.put("status", settled);
            inst.put("taskState", "");
            if (!settled.equals(status)) {
                ((ObjectNode) inst.get("health")).put("status", "OK");
                inst.put("progress", 100.0);
            }
        }
        ws.volumes.values().removeIf(v -> v.get("state").asText().equals("deleting"));
        for (ObjectNode v : ws.volumes.values()) {
            if (v.get("state").asText().equals("creating")) {
                v.put("state", v.get("pvmInstanceIDs").isEmpty() ? "available" : "in-use");
            }
        }
        for (ObjectNode job : ws.jobs.values()) {
            String state = job.path("status").path("state").asText();
            if (!state.equals("completed") && !state.equals("failed")) {
                ((ObjectNode) job.get("status")).put("state", "completed").put("progress", "100");
            }
        }
        for (ObjectNode snapshot : ws.snapshots.values()) {
            snapshot.put("status", "available").put("percentComplete", 100);
        }
        for (ObjectNode task : ws.cloneTasks.values()) {
            if (task.path("status").asText().equals("running")) {
                task.put("status", "completed").put("percentComplete", 100);
            }
        }
        for (ObjectNode image : ws.images.values()) {
            if (image.path("state").asText().equals("queued")) {
                image.put("state", "active");
            }
        }
    }

    private ArrayNode values(Map<String, ObjectNode> map) {
        ArrayNode array = mapper.createArrayNode();
        map.values().forEach(array::add);
        return array;
    }
}
