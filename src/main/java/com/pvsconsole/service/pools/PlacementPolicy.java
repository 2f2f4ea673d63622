package com.pvsconsole.service.pools;

import java.util.Locale;

/** Where members of a placement group go: on the same host (affinity) or on different hosts (anti-affinity). */
public enum PlacementPolicy {
    AFFINITY,
    ANTI_AFFINITY;

    /** The definition's value: {@code affinity} or {@code anti-affinity}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PlacementPolicy fromWire(String value) {
        return "anti-affinity".equalsIgnoreCase(value) ? ANTI_AFFINITY : AFFINITY;
    }
}
