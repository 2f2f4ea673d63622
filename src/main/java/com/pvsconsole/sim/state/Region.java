package com.pvsconsole.sim.state;

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
}
