package com.pvsconsole.app.soak;

/**
 * One minute of the soak: resident set size, heap used right after a full GC, live threads and
 * the longest gap between two FX pulses during that minute (a stalled FX thread shows here, and so
 * does a machine too busy to run the process), and the most CPU the FX thread spent between two pulses.
 */
public record SoakSample(int minute, double rssMb, double heapAfterGcMb, int threads, double longestPulseMs,
                         double longestFxBusyMs) {
}
