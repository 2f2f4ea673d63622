package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated Power VS region.
 *
 * @param name        public region name, the host prefix ({@code us-south})
 * @param privateName the private endpoint's region name ({@code jp-tok} for {@code tok})
 * @param displayName human name of the location
 * @param zones       datacenters of the region
 */
public record Region(String name, String privateName, String displayName, List<String> zones) {

    /** Reads {@code {region, privateName, displayName, zones[]}} (the seed's and the state file's form). */
    public static Region fromJson(JsonNode node) {
        List<String> zones = new ArrayList<>();
        node.get("zones").forEach(z -> zones.add(z.asText()));
        return new Region(node.get("region").asText(), node.get("privateName").asText(),
                node.get("displayName").asText(), List.copyOf(zones));
    }

    public void writeTo(ObjectNode node) {
        node.put("region", name);
        node.put("privateName", privateName);
        node.put("displayName", displayName);
        zones.forEach(node.putArray("zones")::add);
    }
}
