package com.pvsconsole.app.soak;

/**
 * One minute of the soak: resident set size, heap used right after a full GC, live threads and
 * the longest gap between two FX pulses during that minute (a stalled FX thread shows here).
 */
public record SoakSample(int minute, double rssMb, double heapAfterGcMb, int threads, double longestPulseMs) {
}
