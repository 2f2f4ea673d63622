package com.pvsconsole.api;

import java.util.Objects;

/**
 * A regional Power VS host: public region name (e.g. {@code us-south}) plus public or private endpoint.
 * The two workspace calls need only this; every other call needs a {@link WorkspaceContext}.
 */
public record RegionEndpoint(String region, EndpointType type) {

    public RegionEndpoint {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(type, "type");
    }

    public static RegionEndpoint publicEndpoint(String region) {
        return new RegionEndpoint(region, EndpointType.PUBLIC);
    }
}
