package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Writes the figures as one JSON line (for machines) and then a table (for people). */
final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Figure> figures;
    private final BenchOptions options;
    private final Instant when;

    BenchReport(List<Figure> figures, BenchOptions options, Instant when) {
        this.figures = List.copyOf(figures);
        this.options = options;
        this.when = when;
    }

    String jsonLine() {
        ObjectNode root = JSON.createObjectNode();
        root.put("bench", "pvs-console");
        root.put("date", when.toString());
        root.put("small", options.small());
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("loadAverage", Math.round(loadAverage() * 100) / 100.0);
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject();
            n.put("id", f.id());
            n.put("what", f.what());
            number(n, "value", f.value());
            number(n, "floor", f.floor());
            number(n, "ratio", f.ratio());
            number(n, "target", f.target());
            n.put("targetOn", Double.isNaN(f.target()) ? "none" : f.targetOnRatio() ? "ratio" : "value");
            n.put("unit", f.unit());
            if (f.pass() == null) {
                n.putNull("pass");
            } else {
                n.put("pass", f.pass());
            }
            n.put("note", f.note());
        }
        return root.toString();
    }

    void print(PrintStream out) {
        out.println(jsonLine());
        out.println();
        String row = "%-5s %-12s %-12s %-8s %-9s %-6s %s%n";
        out.printf(Locale.ROOT, row, "fig", "value", "floor", "ratio", "target", "pass", "what");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, row, f.id(), amount(f.value(), f.unit()), amount(f.floor(), f.unit()),
                    Double.isNaN(f.ratio()) ? "-" : String.format(Locale.ROOT, "%.2fx", f.ratio()), target(f),
                    f.pass() == null ? "-" : f.pass() ? "yes" : "NO", f.what());
            out.printf(Locale.ROOT, "      %s%n", f.note());
        }
        out.printf(Locale.ROOT, "%d cores, %s, load average %.1f at the end, started %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), loadAverage(), when);
    }

    /** The 1-minute load average (-1 where the OS has none): a busy machine explains noisy figures. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String target(Figure f) {
        if (Double.isNaN(f.target())) {
            return "-";
        }
        return f.targetOnRatio() ? String.format(Locale.ROOT, "<= %.1fx", f.target())
                : String.format(Locale.ROOT, "<= %.0f %s", f.target(), f.unit());
    }

    private static String amount(double value, String unit) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f %s", value, unit);
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 100) / 100.0);
        }
    }
}
