package com.pvsconsole.sim.http;

import com.pvsconsole.sim.state.Region;
import com.pvsconsole.sim.state.SimState;
import java.util.Locale;
import java.util.Optional;

/**
 * The region a request addresses, from its Host header: {@code {region}.localhost} is a public
 * region, {@code private.{name}.localhost} the region whose private endpoint is that name, and a
 * bare {@code localhost} / {@code 127.0.0.1} the default region (the first of the seed).
 */
public final class HostRouting {

    private final SimState state;

    public HostRouting(SimState state) {
        this.state = state;
    }

    public Optional<Region> region(String hostHeader) {
        String host = hostHeader == null ? "localhost" : hostHeader.toLowerCase(Locale.ROOT).trim();
        if (host.startsWith("[")) {
            return Optional.of(state.defaultRegion());
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.equals("localhost") || host.equals("127.0.0.1") || host.isEmpty()) {
            return Optional.of(state.defaultRegion());
        }
        if (!host.endsWith(".localhost")) {
            return Optional.empty();
        }
        String name = host.substring(0, host.length() - ".localhost".length());
        if (name.startsWith("private.")) {
            return state.regionByPrivateName(name.substring("private.".length()));
        }
        return state.region(name);
    }
}
