package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds generated workspaces to the seed, for benchmarks and for trying the console against a
 * fleet: a {@link ScalePlan}'s workspaces go round-robin over {@link #FLEET_REGIONS} (a single
 * workspace stays in the default region, named {@code scale-N} as the original {@code --scale N}
 * made it), each filled by a {@link WorkspaceFiller}. Everything is drawn from the seeded
 * {@link IdSource}, so the same seed gives the same estate.
 */
public final class ScaleGenerator {

    /** Five regions of the seed, across three geographies (and two whose private names differ). */
    public static final List<String> FLEET_REGIONS = List.of("us-south", "eu-de", "lon", "tok", "syd");

    private final ResourceFactory factory;
    private final IdSource ids;

    public ScaleGenerator(ResourceFactory factory, IdSource ids) {
        this.factory = factory;
        this.ids = ids;
    }

    /** The original {@code --scale N}: one workspace with N instances, N boot volumes and N networks. */
    public Workspace generate(SimState state, int count) {
        return generate(state, ScalePlan.uniform(count)).get(0);
    }

    /** Adds the plan's workspaces and SSH keys; returns the workspaces in the order made. */
    public List<Workspace> generate(SimState state, ScalePlan plan) {
        List<Workspace> made = new ArrayList<>();
        if (plan.isEmpty()) {
            return made;
        }
        List<Region> regions = fleetRegions(state);
        WorkspaceFiller filler = new WorkspaceFiller(factory, ids, List.copyOf(state.stockImages.values()));
        for (int k = 0; k < plan.workspaces(); k++) {
            Region region = plan.workspaces() == 1 ? state.defaultRegion() : regions.get(k % regions.size());
            String name = plan.workspaces() == 1 ? "scale-" + plan.instances()
                    : String.format("scale-%s-%02d", region.name(), k + 1);
            String zone = region.zones().get((k / regions.size()) % region.zones().size());
            Workspace ws = new Workspace(ids.uuid(), name, region.name(), zone, "2025-01-06T09:00:00Z",
                    state.accountId());
            state.workspaces.put(ws.id(), ws);
            filler.fill(ws, plan);
            made.add(ws);
        }
        addSshKeys(state, plan.sshKeys());
        return made;
    }

    private static List<Region> fleetRegions(SimState state) {
        List<Region> regions = FLEET_REGIONS.stream().flatMap(name -> state.region(name).stream()).toList();
        return regions.isEmpty() ? state.regions() : regions;
    }

    private void addSshKeys(SimState state, int count) {
        for (int i = 0; i < count; i++) {
            String name = String.format("scale-key-%05d", i);
            ObjectNode key = JsonNodeFactory.instance.objectNode();
            key.put("name", name);
            // An ed25519 key is "AAAAC3NzaC1lZDI1NTE5AAAAI" followed by 43 base64 characters of key material.
            key.put("sshKey", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64(43) + " " + name + "@example.com");
            key.put("creationDate", "2025-0" + (1 + i % 9) + "-1" + (i % 10) + "T08:00:00Z");
            state.sshKeys.put(name, key);
        }
    }

    private String base64(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(ids.nextInt(64)));
        }
        return sb.toString();
    }
}
