package com.pvsconsole.bench;

/**
 * One figure of the benchmark. To add one (P3, P4, P6, fleet), implement this and list it in
 * {@link Bench#MEASUREMENTS}; {@code --only} selects by {@link #id()}.
 */
public interface Measurement {

    /** The figure's id, as in the table (P1, P2, ...). */
    String id();

    /** Measures the figure (both the value and its floor, in this run) or returns it skipped. */
    Figure measure(BenchOptions options) throws Exception;
}
