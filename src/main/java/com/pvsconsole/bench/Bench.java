package com.pvsconsole.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code pvs-console bench [--small] [--only P1,P5]}: measures each figure beside its floor in
 * one run on this machine and prints one JSON line and a table. Figures are reported, never
 * asserted: machines are noisy. A figure that fails to run is reported as skipped with the
 * reason, so one broken figure does not hide the others.
 */
public final class Bench {

    /** P3, P4 and P6 measure one run of the console with 10,000 instances. */
    private static final TenThousandConsole TEN_THOUSAND = new TenThousandConsole();

    /** Every figure, in table order. */
    static final List<Measurement> MEASUREMENTS = List.of(
            new StartupFigure(),
            new WorkspaceOpenFigure(),
            new FilterKeysFigure(TEN_THOUSAND),
            new PulseFigure(TEN_THOUSAND),
            new ListDecodeFigure(),
            new MemoryFigure(TEN_THOUSAND),
            new FleetFigure());

    private Bench() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        // Exit now: idle HTTP client threads would otherwise keep the JVM alive for a minute.
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Set<String> ids = new LinkedHashSet<>();
        MEASUREMENTS.forEach(m -> ids.add(m.id()));
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), ids);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        if (options == null) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        Instant started = Instant.now();
        List<Figure> figures = new ArrayList<>();
        for (Measurement m : MEASUREMENTS) {
            if (options.wants(m.id())) {
                err.println("[bench] measuring " + m.id() + (options.small() ? " (small)" : "") + " ...");
                figures.add(measure(m, options));
            }
        }
        new BenchReport(figures, options, started).print(out);
        return 0;
    }

    private static Figure measure(Measurement m, BenchOptions options) {
        try {
            return m.measure(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Figure.skipped(m.id(), "", "interrupted");
        } catch (Exception e) {
            return Figure.skipped(m.id(), "", "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
