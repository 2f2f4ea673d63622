package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole simulated account: regions, workspaces, stock images and the tenant's SSH keys.
 * Callers synchronise on this object for every read and change.
 */
public final class SimState {

    private final String accountId;
    private final ObjectNode user;
    private final List<Region> regions;
    public final Map<String, Workspace> workspaces = new LinkedHashMap<>();
    public final Map<String, ObjectNode> stockImages = new LinkedHashMap<>();
    public final Map<String, ObjectNode> sshKeys = new LinkedHashMap<>();

    public SimState(String accountId, ObjectNode user, List<Region> regions) {
        this.accountId = accountId;
        this.user = user;
        this.regions = List.copyOf(regions);
    }

    public String accountId() {
        return accountId;
    }

    /** The IAM user events are attributed to. */
    public ObjectNode user() {
        return user;
    }

    public List<Region> regions() {
        return regions;
    }

    public Region defaultRegion() {
        return regions.get(0);
    }

    public Optional<Region> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<Region> regionByPrivateName(String name) {
        return regions.stream().filter(r -> r.privateName().equals(name)).findFirst();
    }

    public List<Workspace> workspacesIn(String region) {
        return workspaces.values().stream().filter(w -> w.region().equals(region)).toList();
    }

    /** A workspace served by the addressed region; one of another region is not found here. */
    public Workspace workspace(String id, String region) {
        Workspace ws = workspaces.get(id);
        if (ws == null || !ws.region().equals(region)) {
            throw ApiException.notFound("cloud instance", id);
        }
        return ws;
    }

    public ObjectNode stockImage(String id) {
        ObjectNode image = stockImages.get(id);
        if (image == null) {
            throw ApiException.notFound("stock image", id);
        }
        return image;
    }
}
