package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Adds a workspace holding N generated instances, N boot volumes and N networks, for
 * benchmarks and for trying the console against a large estate.
 */
public final class ScaleGenerator {

    private static final String[] OS = {"aix", "ibmi", "rhel", "sles"};
    private static final String[] SYS = {"s922", "e980", "s1022"};
    private static final String[] PROC = {"shared", "capped", "dedicated"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SHUTOFF", "ACTIVE", "ERROR"};

    private final ResourceFactory factory;
    private final NetworkWiring wiring;
    private final IdSource ids;

    public ScaleGenerator(ResourceFactory factory, IdSource ids) {
        this.factory = factory;
        this.wiring = new NetworkWiring(factory, ids);
        this.ids = ids;
    }

    public Workspace generate(SimState state, int count) {
        Region region = state.defaultRegion();
        String created = "2026-06-01T00:00:00Z";
        Workspace ws = new Workspace(ids.uuid(), "scale-" + count, region.name(), region.zones().get(0), created,
                state.accountId());
        state.workspaces.put(ws.id(), ws);
        List<ObjectNode> stock = List.copyOf(state.stockImages.values());
        for (int i = 0; i < count; i++) {
            String netId = ids.uuid();
            // One /24 per network: 10.64.0.0/24, 10.64.1.0/24, ... (256 per second octet).
            String cidr = "10." + (64 + (i >> 8)) % 256 + "." + (i & 255) + ".0/24";
            ObjectNode network = factory.network(ws, netId, String.format("net-%05d", i), "vlan", 100 + i % 3900, cidr,
                    Ipv4.host(cidr, 1), List.of("9.9.9.9"));
            ws.networks.put(netId, network);
            String os = OS[i % OS.length];
            ObjectNode image = stock.stream().filter(s -> s.path("specifications").path("operatingSystem").asText().equals(os))
                    .findFirst().orElse(stock.get(0));
            String procType = PROC[i % PROC.length];
            double processors = procType.equals("dedicated") ? 1 + i % 4 : 0.25 * (1 + i % 8);
            String status = STATUS[i % STATUS.length];
            InstanceSpec spec = new InstanceSpec(ids.uuid(), String.format("%s-node-%05d", os, i),
                    image.get("imageID").asText(), os, processors, 4.0 * (1 + i % 16), procType, SYS[i % SYS.length],
                    i % 2 == 0 ? "tier1" : "tier3", status, status.equals("ERROR") ? "CRITICAL" : "OK", created);
            ObjectNode inst = factory.instance(ws, spec);
            wiring.plug(ws, inst, network, null);
            String volumeId = ids.uuid();
            ObjectNode boot = factory.volume(ws, volumeId, spec.name() + "-boot", 100, spec.storageType(), true,
                    "available", created);
            ws.volumes.put(volumeId, boot);
            ResourceFactory.attach(inst, boot, true, created);
            ws.instances.put(spec.id(), inst);
        }
        return ws;
    }
}
