package com.pvsconsole.sim.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the simulator generates on top of the demo seed: {@code workspaces} workspaces, each
 * holding the given number of instances, volumes, networks and images, plus {@code sshKeys}
 * keys for the account (keys belong to the tenant, not to a workspace).
 *
 * <p>Two textual forms: {@code N} (the original form: one workspace with N instances, N volumes
 * and N networks) and {@code instances=5000,volumes=10000,networks=500,images=8,sshkeys=20}
 * (kinds left out are 0).
 */
public record ScalePlan(int instances, int volumes, int networks, int images, int sshKeys, int workspaces) {

    /** Guards against typos that would exhaust memory: a 200,000-instance workspace is ~1 GB of JSON trees. */
    public static final int MAX_PER_KIND = 200_000;
    public static final int MAX_WORKSPACES = 500;

    private static final List<String> KIND_NAMES = List.of("instances", "volumes", "networks", "images",
            "sshkeys");
    private static final String KINDS = String.join(", ", KIND_NAMES);

    public ScalePlan {
        check("--scale instances", instances, MAX_PER_KIND);
        check("--scale volumes", volumes, MAX_PER_KIND);
        check("--scale networks", networks, MAX_PER_KIND);
        check("--scale images", images, MAX_PER_KIND);
        check("--scale sshkeys", sshKeys, MAX_PER_KIND);
        check("--scale-workspaces", workspaces, MAX_WORKSPACES);
        if (networks > 0) {
            WorkspaceFiller.prefixFor((int) Math.ceil(instances * 1.1 / networks) + 1);
        }
    }

    public static ScalePlan none() {
        return new ScalePlan(0, 0, 0, 0, 0, 0);
    }

    /** The original {@code --scale N}: one workspace with N instances, N boot volumes and N networks. */
    public static ScalePlan uniform(int count) {
        return count == 0 ? none() : new ScalePlan(count, count, count, 0, 0, 1);
    }

    /**
     * Parses {@code N} or {@code kind=count,...}; the result has one workspace.
     *
     * @throws IllegalArgumentException with a message naming the bad part and the accepted form
     */
    public static ScalePlan parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("\\d+")) {
            return uniform(parseCount("--scale", value));
        }
        if (!value.contains("=")) {
            throw new IllegalArgumentException("--scale takes N or kind=count pairs such as "
                    + "instances=5000,volumes=10000,networks=500 (kinds: " + KINDS + "), got '" + value + "'");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String pair : value.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--scale: '" + pair.strip() + "' is not kind=count (kinds: " + KINDS + ")");
            }
            String kind = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KIND_NAMES.contains(kind)) {
                throw new IllegalArgumentException("--scale: unknown kind '" + kind + "' (kinds: " + KINDS + ")");
            }
            if (counts.put(kind, parseCount("--scale " + kind, pair.substring(eq + 1).strip())) != null) {
                throw new IllegalArgumentException("--scale: " + kind + " is given twice");
            }
        }
        return new ScalePlan(counts.getOrDefault("instances", 0), counts.getOrDefault("volumes", 0),
                counts.getOrDefault("networks", 0), counts.getOrDefault("images", 0),
                counts.getOrDefault("sshkeys", 0), 1);
    }

    /** The same counts in {@code count} workspaces. */
    public ScalePlan inWorkspaces(int count) {
        return new ScalePlan(instances, volumes, networks, images, sshKeys, count);
    }

    /** True when nothing is generated. */
    public boolean isEmpty() {
        return workspaces == 0 || instances + volumes + networks + images + sshKeys == 0;
    }

    /** The count form, e.g. {@code instances=500,volumes=1000,networks=50 x 20 workspaces}. */
    @Override
    public String toString() {
        return "instances=" + instances + ",volumes=" + volumes + ",networks=" + networks + ",images=" + images
                + ",sshkeys=" + sshKeys + " x " + workspaces + " workspace(s)";
    }

    private static int parseCount(String what, String digits) {
        if (!digits.matches("\\d{1,9}")) {
            throw new IllegalArgumentException(what + " needs a whole number, got '" + digits + "'");
        }
        int count = Integer.parseInt(digits);
        check(what, count, MAX_PER_KIND);
        return count;
    }

    private static void check(String what, int count, int max) {
        if (count < 0 || count > max) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max + ", got " + count);
        }
    }
}
