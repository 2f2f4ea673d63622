package com.pvsconsole.api.region;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * A public Power VS region: {@code id} is the public endpoint name ({@code us-south}, {@code lon}),
 * {@code privateEndpoint} the name used in the private host ({@code eu-gb} for {@code lon}),
 * {@code zones} the datacenters that appear as the CRN location.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Region(String id, String displayName, String geography, String privateEndpoint, List<String> zones) {

    public Region {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null ? id : displayName;
        geography = geography == null ? "Other" : geography;
        privateEndpoint = privateEndpoint == null ? id : privateEndpoint;
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    public boolean hasZone(String zone) {
        return zones.contains(zone);
    }
}
