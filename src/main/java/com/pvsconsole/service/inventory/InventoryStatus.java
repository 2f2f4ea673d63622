package com.pvsconsole.service.inventory;

import java.time.Instant;
import java.util.Optional;

/**
 * What the store is doing, for the status bar: loading, live, following transitions, showing a
 * cached inventory, backing off after a 429, paused while the network is down, or refreshing
 * slowly because the window is in the background.
 *
 * @param mode        the most important thing going on
 * @param loading     list calls in flight or queued
 * @param transitions workspaces being polled because something in them is changing
 * @param asOf        when the data shown was last confirmed by the service (or saved, for a cached one)
 * @param nextAttempt when the next refresh is due after a 429 or a lost network, if it is waiting
 */
public record InventoryStatus(Mode mode, int loading, int transitions, Instant asOf, Instant nextAttempt) {

    public enum Mode { STARTING, CACHED, LOADING, LIVE, FOLLOWING, RATE_LIMITED, OFFLINE, BACKGROUND }

    public Optional<Instant> asOfTime() {
        return Optional.ofNullable(asOf);
    }

    public static InventoryStatus starting() {
        return new InventoryStatus(Mode.STARTING, 0, 0, null, null);
    }
}
