package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Workspace;
import java.util.List;

/**
 * What a workspace offers, computed from what runs in it: system pools (per system type, hosts with free
 * cores and memory), storage tiers, storage pool capacity, SAP profiles; and the read-only network security
 * groups and DHCP servers (none in the demo workspaces).
 */
final class CatalogRoutes {

    static final long CORES_PER_HOST = 40;
    private static final long MEMORY_PER_HOST = 2048;
    private static final int HOSTS_PER_TYPE = 4;
    private static final long POOL_CAPACITY_GB = 500_000;

    private static final String CI = "/pcloud/v1/cloud-instances/{cloud_instance_id}";
    private final SimContext ctx;

    CatalogRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", CI + "/system-pools", this::systemPools)
                .add("GET", CI + "/storage-tiers", this::storageTiers)
                .add("GET", CI + "/storage-capacity/storage-pools", this::storagePools)
                .add("GET", CI + "/sap", this::sapProfiles)
                .add("GET", CI + "/sap/{sap_profile_id}", this::sapProfile)
                .add("GET", CI + "/services/dhcp", this::dhcpServers)
                .add("GET", "/v1/network-security-groups", this::networkSecurityGroups);
    }

    /** Instances fill hosts of their type in turn; the rest is free. */
    private Reply systemPools(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String type : ws.systemTypes()) {
            double[] usedCores = new double[HOSTS_PER_TYPE];
            long[] usedMemory = new long[HOSTS_PER_TYPE];
            int next = 0;
            for (ObjectNode inst : ws.instances.values()) {
                if (inst.path("sysType").asText().equals(type)) {
                    usedCores[next % HOSTS_PER_TYPE] += inst.get("processors").asDouble();
                    usedMemory[next % HOSTS_PER_TYPE] += inst.get("memory").asLong();
                    next++;
                }
            }
            ObjectNode pool = body.putObject(type);
            pool.put("type", type);
            pool.put("coreIncrement", 0.25);
            pool.put("coreMemoryRatio", 32.0);
            pool.putObject("sharedCoreRatio").put("min", 0.05).put("max", 1.0).put("default", 0.25);
            ArrayNode systems = pool.putArray("systems");
            double freeCores = 0;
            long freeMemory = 0;
            int best = 0;
            for (int host = 0; host < HOSTS_PER_TYPE; host++) {
                double cores = CORES_PER_HOST - usedCores[host];
                long memory = MEMORY_PER_HOST - usedMemory[host];
                systems.add(system(host + 1, cores, memory));
                freeCores += cores;
                freeMemory += memory;
                if (cores > CORES_PER_HOST - usedCores[best]) {
                    best = host;
                }
            }
            pool.set("capacity", system(0, CORES_PER_HOST * HOSTS_PER_TYPE, MEMORY_PER_HOST * HOSTS_PER_TYPE));
            pool.set("maxAvailable", system(0, freeCores, freeMemory));
            pool.set("maxCoresAvailable", system(best + 1, CORES_PER_HOST - usedCores[best],
                    MEMORY_PER_HOST - usedMemory[best]));
            pool.set("maxMemoryAvailable", system(best + 1, CORES_PER_HOST - usedCores[best],
                    MEMORY_PER_HOST - usedMemory[best]));
        }
        return Reply.ok(body);
    }

    private static ObjectNode system(int id, double cores, long memory) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("id", id);
        s.put("cores", cores);
        s.put("memory", memory);
        s.put("availableCores", cores);
        s.put("availableMemory", memory);
        return s;
    }

    private Reply storageTiers(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ArrayNode tiers = JsonNodeFactory.instance.arrayNode();
        for (String tier : ws.storageTiers()) {
            tiers.addObject().put("name", tier).put("state", "active").put("description", switch (tier) {
                case "tier0" -> "25 IOPS/GB";
                case "tier1" -> "10 IOPS/GB";
                case "tier3" -> "3 IOPS/GB";
                default -> "5000 IOPS, up to 200 GB";
            });
        }
        return new Reply(200, tiers, null);
    }

    private Reply storagePools(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode pools = body.putArray("storagePoolsCapacity");
        long largest = 0;
        String largestPool = "";
        for (String pool : List.of("Tier1-Flash-1", "Tier3-Flash-1")) {
            if (!ws.storageTiers().contains(pool.startsWith("Tier1") ? "tier1" : "tier3")) {
                continue;
            }
            long used = Math.round(ws.volumes.values().stream()
                    .filter(v -> v.path("volumePool").asText().equals(pool))
                    .mapToDouble(v -> v.get("size").asDouble()).sum());
            long available = POOL_CAPACITY_GB - used;
            pools.addObject().put("poolName", pool).put("storageType", pool.startsWith("Tier1") ? "tier1" : "tier3")
                    .put("totalCapacity", POOL_CAPACITY_GB).put("availableCapacity", available)
                    .put("maxAllocationSize", Math.min(available, 72_551)).put("replicationEnabled", false)
                    .put("storageHost", "flashsystem-" + ws.zone());
            if (available > largest) {
                largest = available;
                largestPool = pool;
            }
        }
        body.putObject("maximumStorageAllocation").put("maxAllocationSize", Math.min(largest, 72_551))
                .put("storagePool", largestPool).put("storageType", largestPool.startsWith("Tier1") ? "tier1" : "tier3");
        return Reply.ok(body);
    }

    /** The SAP profiles of every simulated workspace: two that fit one simulated host, three that need a large one. */
    static ArrayNode sapCatalog() {
        ArrayNode profiles = JsonNodeFactory.instance.arrayNode();
        profiles.add(sap("bh1-140x14000", "balanced", 140, 14000));
        profiles.add(sap("bh1-16x1600", "balanced", 16, 1600));
        profiles.add(sap("ush1-4x128", "small", 4, 128));
        profiles.add(sap("ch1-60x3000", "compute", 60, 3000));
        profiles.add(sap("mh1-125x22500", "memory", 125, 22500));
        return profiles;
    }

    private static ObjectNode sap(String id, String type, long cores, long memory) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("profileID", id);
        p.put("type", type);
        p.put("cores", cores);
        p.put("memory", memory);
        p.put("certified", true);
        p.put("smtMode", 8);
        p.put("defaultSystem", "e1080");
        p.putArray("supportedSystems").add("e980").add("e1080");
        return p;
    }

    private Reply sapProfiles(SimRequest req) {
        ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("profiles", sapCatalog());
        return Reply.ok(body);
    }

    private Reply sapProfile(SimRequest req) {
        ctx.workspace(req);
        for (var profile : sapCatalog()) {
            if (profile.get("profileID").asText().equals(req.param("sap_profile_id"))) {
                return Reply.ok(profile);
            }
        }
        throw ApiException.notFound("SAP profile", req.param("sap_profile_id"));
    }

    private Reply dhcpServers(SimRequest req) {
        ctx.workspace(req);
        return new Reply(200, JsonNodeFactory.instance.arrayNode(), null);
    }

    /** Network security groups are not enabled on the demo workspaces: an empty list. */
    private Reply networkSecurityGroups(SimRequest req) {
        ctx.workspace(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("networkSecurityGroups");
        return Reply.ok(body);
    }
}
