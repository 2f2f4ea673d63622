package com.pvsconsole.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench [--small] [--only P1,P5]}.
 *
 * @param small a quick variant (fewer runs, smaller workspaces) that CI runs so the bench keeps working
 * @param only  the figure ids to run; empty = all
 */
public record BenchOptions(boolean small, Set<String> only) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: pvs-console bench [--small] [--only P1,P5]",
            "  --small      quick variant: fewer runs, smaller simulated workspaces (what CI runs)",
            "  --only IDS   run only these figures (comma-separated ids, e.g. P2,P5)",
            "  --help       show this help",
            "Prints one JSON line, then a table: each figure beside its floor, measured in this run.");

    public BenchOptions {
        only = Set.copyOf(only);
    }

    /** Runs, scaled by --small: {@code full} normally, {@code quick} in the small variant. */
    public int runs(int full, int quick) {
        return small ? quick : full;
    }

    public boolean wants(String id) {
        return only.isEmpty() || only.contains(id.toUpperCase(Locale.ROOT));
    }

    /** Returns null when help was asked for. */
    public static BenchOptions parse(List<String> args, Set<String> knownIds) {
        boolean small = false;
        Set<String> only = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("bench")) {
            rest.remove(0);
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--small" -> small = true;
                case "--only" -> {
                    if (i + 1 >= rest.size()) {
                        throw new IllegalArgumentException("missing figure ids after --only, e.g. --only P1,P5");
                    }
                    for (String id : rest.get(++i).split(",", -1)) {
                        String clean = id.strip().toUpperCase(Locale.ROOT);
                        if (!knownIds.contains(clean)) {
                            throw new IllegalArgumentException("unknown figure '" + id.strip() + "' (known: "
                                    + String.join(", ", knownIds) + ")");
                        }
                        only.add(clean);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(small, only);
    }
}
