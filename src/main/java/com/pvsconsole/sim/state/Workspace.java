package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workspace (cloud instance) and everything in it. Resources are kept as JSON trees shaped
 * like the definition's full models, so they serialise to the wire and to the state file as-is.
 * Not thread-safe: the simulator guards all state with one lock.
 */
public final class Workspace {

    /** The service keeps about 400 events per workspace. */
    public static final int EVENT_LIMIT = 400;

    private final String id;
    private final String name;
    private final String region;
    private final String zone;
    private final String creationDate;
    private final String crn;
    public final Map<String, ObjectNode> instances = new LinkedHashMap<>();
    public final Map<String, ObjectNode> volumes = new LinkedHashMap<>();
    public final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    public final Map<String, Map<String, ObjectNode>> ports = new LinkedHashMap<>();
    public final Map<String, ObjectNode> images = new LinkedHashMap<>();
    public final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
    public final Map<String, ObjectNode> snapshots = new LinkedHashMap<>();
    public final Map<String, ObjectNode> cloneTasks = new LinkedHashMap<>();
    public final Map<String, ObjectNode> sharedProcessorPools = new LinkedHashMap<>();
    public final Map<String, ObjectNode> placementGroups = new LinkedHashMap<>();
    public final Map<String, ObjectNode> sppPlacementGroups = new LinkedHashMap<>();
    private final Deque<ObjectNode> events = new ArrayDeque<>();
    /** The system types and storage tiers this workspace's datacenter offers; every type and tier unless narrowed. */
    private List<String> systemTypes = ALL_SYSTEM_TYPES;
    private List<String> storageTiers = ALL_STORAGE_TIERS;

    /** The system types the simulated datacenters can have. */
    public static final List<String> ALL_SYSTEM_TYPES = List.of("s922", "e980", "s1022", "e1080", "e1050");
    public static final List<String> ALL_STORAGE_TIERS = List.of("tier0", "tier1", "tier3", "tier5k");

    public Workspace(String id, String name, String region, String zone, String creationDate, String accountId) {
        this.id = id;
        this.name = name;
        this.region = region;
        this.zone = zone;
        this.creationDate = creationDate;
        this.crn = "crn:v1:bluemix:public:power-iaas:" + zone + ":a/" + accountId + ":" + id + "::";
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String zone() {
        return zone;
    }

    public String creationDate() {
        return creationDate;
    }

    public String crn() {
        return crn;
    }

    public List<String> systemTypes() {
        return systemTypes;
    }

    public List<String> storageTiers() {
        return storageTiers;
    }

    /** Narrows what the datacenter offers (a zone without Power9 hosts, a zone without tier0...). */
    public void offer(List<String> types, List<String> tiers) {
        this.systemTypes = List.copyOf(types);
        this.storageTiers = List.copyOf(tiers);
    }

    public String href(String kind, String resourceId) {
        return "/pcloud/v1/cloud-instances/" + id + "/" + kind + "/" + resourceId;
    }

    public String resourceCrn(String kind, String resourceId) {
        return crn.substring(0, crn.length() - 1) + kind + ":" + resourceId;
    }

    public ObjectNode instance(String instanceId) {
        return require(instances, "pvm-instance", instanceId);
    }

    public ObjectNode volume(String volumeId) {
        return require(volumes, "volume", volumeId);
    }

    public ObjectNode network(String networkId) {
        return require(networks, "network", networkId);
    }

    public ObjectNode image(String imageId) {
        return require(images, "image", imageId);
    }

    public ObjectNode job(String jobId) {
        return require(jobs, "job", jobId);
    }

    public ObjectNode snapshot(String snapshotId) {
        return require(snapshots, "snapshot", snapshotId);
    }

    public ObjectNode sharedProcessorPool(String poolId) {
        return require(sharedProcessorPools, "shared processor pool", poolId);
    }

    public ObjectNode placementGroup(String groupId) {
        return require(placementGroups, "placement group", groupId);
    }

    public ObjectNode sppPlacementGroup(String groupId) {
        return require(sppPlacementGroups, "shared processor pool placement group", groupId);
    }

    /** True while any instance snapshot holds the volume: it may not grow, detach or change flags. */
    public boolean inSnapshot(String volumeId) {
        return snapshots.values().stream().anyMatch(s -> s.path("volumeSnapshots").has(volumeId));
    }

    public Map<String, ObjectNode> portsOf(String networkId) {
        return ports.computeIfAbsent(networkId, k -> new LinkedHashMap<>());
    }

    public void addEvent(ObjectNode event) {
        events.addLast(event);
        while (events.size() > EVENT_LIMIT) {
            events.removeFirst();
        }
    }

    /** Puts events in time order (the seed records its history out of order). */
    public void sortEvents() {
        List<ObjectNode> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparingLong(e -> e.get("timestamp").asLong()));
        events.clear();
        sorted.forEach(this::addEvent);
    }

    public List<ObjectNode> events() {
        return new ArrayList<>(events);
    }

    private static ObjectNode require(Map<String, ObjectNode> map, String kind, String resourceId) {
        ObjectNode node = map.get(resourceId);
        if (node == null) {
            throw ApiException.notFound(kind, resourceId);
        }
        return node;
    }
}
