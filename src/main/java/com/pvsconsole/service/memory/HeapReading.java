package com.pvsconsole.service.memory;

/**
 * The old generation after a garbage collection: what stayed live there, and the most it may grow to.
 *
 * @param usedAfterGc bytes in use right after a collection (the live data, not garbage waiting)
 * @param max         the pool's limit in bytes (what {@code -Xmx} leaves it)
 */
public record HeapReading(long usedAfterGc, long max) {

    /** The share of the limit in use, 0 when the limit is unknown. */
    public double fill() {
        return max <= 0 ? 0 : (double) usedAfterGc / max;
    }
}
