package com.pvsconsole.service.memory;

/**
 * What {@link HeapGuard} publishes.
 *
 * @param shortOfMemory true while the live data after collections fills the heap's limit (the fleet is larger
 *                      than this heap holds); false again once it has dropped well below
 * @param maxBytes      the heap's limit ({@code -Xmx}), for the hint that says how to raise it
 * @param setting       where that limit is set for this installation
 */
public record HeapStatus(boolean shortOfMemory, long maxBytes, HeapSetting setting) {

    /** The limit in MB, as {@code -Xmx} writes it. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** A limit worth suggesting: twice this one, rounded up to a multiple of 256 MB. */
    public long suggestedMegabytes() {
        return Math.max(256, (maxMegabytes() * 2 + 255) / 256 * 256);
    }
}
