package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the demo account from {@code /pvs-console/sim/seed.json}: regions, workspaces, networks,
 * images, instances with their volumes and addresses, SSH keys, and the events of its history.
 */
public final class SeedLoader {

    public static final String RESOURCE = "/pvs-console/sim/seed.json";

    private final ObjectMapper mapper;
    private final ResourceFactory factory;
    private final NetworkWiring wiring;
    private final IdSource ids;

    public SeedLoader(ObjectMapper mapper, ResourceFactory factory, IdSource ids) {
        this.mapper = mapper;
        this.factory = factory;
        this.wiring = new NetworkWiring(factory, ids);
        this.ids = ids;
    }

    public SimState load() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo seed missing from classpath: " + RESOURCE);
            }
            return build(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SimState build(JsonNode seed) {
        List<Region> regions = new ArrayList<>();
        seed.get("regions").forEach(r -> regions.add(Region.fromJson(r)));
        SimState state = new SimState(seed.get("accountId").asText(), (ObjectNode) seed.get("user").deepCopy(), regions);
        for (JsonNode s : seed.get("stockImages")) {
            ObjectNode image = factory.image(s.get("id").asText(), s.get("name").asText(), s.get("osType").asText(),
                    s.get("description").asText(), "active", "2026-01-15T00:00:00Z", "tier3");
            state.stockImages.put(s.get("id").asText(), image);
        }
        for (JsonNode k : seed.get("sshKeys")) {
            state.sshKeys.put(k.get("name").asText(), (ObjectNode) k.deepCopy());
        }
        // The seed's history carries its own times; the clock is never asked.
        EventRecorder history = new EventRecorder(java.time.Clock.systemUTC(), ids, state);
        for (JsonNode w : seed.get("workspaces")) {
            Workspace ws = new Workspace(w.get("id").asText(), w.get("name").asText(), w.get("region").asText(),
                    w.get("zone").asText(), w.get("created").asText(), state.accountId());
            state.workspaces.put(ws.id(), ws);
            loadWorkspace(ws, w, state, history);
        }
        return state;
    }

    private void loadWorkspace(Workspace ws, JsonNode w, SimState state, EventRecorder history) {
        for (JsonNode n : w.get("networks")) {
            List<String> dns = new ArrayList<>();
            n.get("dnsServers").forEach(d -> dns.add(d.asText()));
            ObjectNode network = factory.network(ws, n.get("id").asText(), n.get("name").asText(), n.get("type").asText(),
                    n.get("vlanID").asInt(), n.get("cidr").asText(), n.get("gateway").asText(), dns);
            ws.networks.put(n.get("id").asText(), network);
            history.recordAt(ws, w.get("created").asText(), "network", "create", "info",
                    "Created network " + n.get("name").asText());
        }
        for (JsonNode i : w.get("images")) {
            ObjectNode stock = state.stockImage(i.get("stockImageID").asText());
            ObjectNode image = factory.image(i.get("id").asText(), i.get("name").asText(), i.get("osType").asText(),
                    i.get("description").asText(), "active", w.get("created").asText(),
                    stock.get("storageType").asText());
            image.put("crn", ws.resourceCrn("image", i.get("id").asText()));
            ws.images.put(i.get("id").asText(), image);
        }
        for (JsonNode v : w.get("volumes")) {
            ObjectNode volume = factory.volume(ws, v.get("id").asText(), v.get("name").asText(), v.get("size").asDouble(),
                    v.get("diskType").asText(), v.get("bootable").asBoolean(), "available", v.get("created").asText());
            ws.volumes.put(v.get("id").asText(), volume);
        }
        for (JsonNode i : w.get("instances")) {
            loadInstance(ws, w, i, history);
        }
        for (JsonNode v : w.get("volumes")) {
            if (v.get("attachedTo").isNull()) {
                history.recordAt(ws, v.get("created").asText(), "volume", "create", "info",
                        "Created volume " + v.get("name").asText());
            }
        }
        ws.sortEvents();
    }

    private void loadInstance(Workspace ws, JsonNode w, JsonNode i, EventRecorder history) {
        InstanceSpec spec = new InstanceSpec(i.get("id").asText(), i.get("name").asText(), i.get("imageID").asText(),
                i.get("osType").asText(), i.get("processors").asDouble(), i.get("memory").asDouble(),
                i.get("procType").asText(), i.get("sysType").asText(), i.get("storageType").asText(),
                i.get("status").asText(), i.get("health").asText(), i.get("created").asText());
        ObjectNode inst = factory.instance(ws, spec);
        for (JsonNode a : i.get("addresses")) {
            wiring.plug(ws, inst, ws.networks.get(a.get("networkID").asText()), a.get("ip").asText());
        }
        boolean first = true;
        for (JsonNode v : i.get("volumeIDs")) {
            ResourceFactory.attach(inst, ws.volumes.get(v.asText()), first, spec.created());
            first = false;
        }
        ws.instances.put(spec.id(), inst);
        history.recordAt(ws, spec.created(), "pvm-instance", "create", "info",
                "Created instance " + spec.name() + " (" + spec.osType() + ", " + spec.processors() + " "
                        + spec.procType() + " processors, " + spec.memory() + " GB)");
        if (i.has("fault")) {
            ObjectNode fault = inst.putObject("fault");
            fault.put("code", 500.0);
            fault.put("message", i.get("fault").asText());
            fault.put("details", i.get("fault").asText());
            fault.put("created", "2026-11-20T03:12:00Z");
            ((ObjectNode) inst.get("health")).put("reason", i.get("fault").asText());
            history.recordAt(ws, "2026-11-20T03:12:00Z", "pvm-instance", "update", "error",
                    "Instance " + spec.name() + " went to ERROR: " + i.get("fault").asText());
        } else if (spec.healthStatus().equals("WARNING")) {
            ((ObjectNode) inst.get("health")).put("reason", "RMC connection to the operating system is down");
            history.recordAt(ws, "2026-11-25T08:40:00Z", "pvm-instance", "update", "warning",
                    "Health of " + spec.name() + " is WARNING: RMC connection down");
        } else if (spec.status().equals("SHUTOFF")) {
            history.recordAt(ws, "2026-11-22T18:05:00Z", "pvm-instance", "stop", "info", "Stopped " + spec.name());
        }
        if (Instant.parse(spec.created()).isAfter(Instant.parse(w.get("created").asText()))) {
            inst.put("updatedDate", spec.created());
        }
    }
}
