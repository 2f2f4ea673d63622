package com.pvsconsole.sim.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One fault: which requests it hits (a glob "METHOD /path" where {@code *} stays within a path
 * segment and {@code **} crosses segments, or a regex on "METHOD /path"), what it does, how
 * often (rate 0..1) and for how many calls (times; -1 = until removed).
 */
public final class FaultRule {

    private final String id;
    private final String route;
    private final Pattern pattern;
    private final FaultType type;
    private final int status;
    private final long latencyMs;
    private final long latencyMaxMs;
    private final double rate;
    private final long retryAfterSeconds;
    private final AtomicInteger remaining;

    private final AtomicInteger hits = new AtomicInteger();
    /** A reset with {@code "phase": "after"} lets the request be served, then drops the answer. */
    private final boolean afterServe;

    private static final Set<String> NUMBERS = Set.of("status", "latencyMs", "latencyMaxMs", "rate", "times",
            "retryAfter");
    private static final Set<String> READ_ONLY = Set.of("id", "hits");
    private static final Set<String> KEYS = Stream.of(NUMBERS, READ_ONLY, Set.of("type", "route", "regex", "phase"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    FaultRule(String id, JsonNode spec) {
        this.id = id;
        checkKeys(spec);
        this.type = FaultType.parse(spec.path("type").asText("status"));
        if (spec.hasNonNull("regex")) {
            this.route = "regex:" + spec.get("regex").asText();
            this.pattern = Pattern.compile(spec.get("regex").asText());
        } else {
            this.route = spec.path("route").asText("**");
            this.pattern = Pattern.compile(globToRegex(route));
        }
        int defaultStatus = type == FaultType.HTML ? 502 : 503;
        this.status = spec.path("status").asInt(defaultStatus);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code, was " + status);
        }
        this.latencyMs = spec.path("latencyMs").asLong(defaultLatency(type));
        this.latencyMaxMs = Math.max(latencyMs, spec.path("latencyMaxMs").asLong(latencyMs));
        this.rate = spec.path("rate").asDouble(1.0);
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1, was " + rate);
        }
        this.remaining = new AtomicInteger(spec.path("times").asInt(-1));
        this.retryAfterSeconds = spec.path("retryAfter").asLong(-1);
        if (spec.has("retryAfter") && (retryAfterSeconds < 0 || type != FaultType.STATUS)) {
            throw new IllegalArgumentException("retryAfter is a number of seconds (0 or more) for status faults");
        }
        String phase = spec.path("phase").asText("before");
        if (!phase.equals("before") && !phase.equals("after")) {
            throw new IllegalArgumentException("phase must be before or after, was " + phase);
        }
        this.afterServe = phase.equals("after");
    }

    /**
     * A misspelt option (latncyMs, retry-after) used to be ignored, so the fault ran with a default
     * nobody asked for; a number given as text ("latencyMs=fast") likewise. Both are refused here.
     * The fields {@link #toJson()} adds for reading ({@code id}, {@code hits}) are accepted, so a
     * listed fault can be posted back.
     */
    private static void checkKeys(JsonNode spec) {
        for (var names = spec.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown fault option '" + name + "' (options: "
                        + String.join(", ", KEYS.stream().filter(k -> !READ_ONLY.contains(k)).sorted().toList()) + ")");
            }
            if (NUMBERS.contains(name) && !spec.get(name).isNumber()) {
                throw new IllegalArgumentException(name + " must be a number, was '" + spec.get(name).asText() + "'");
            }
        }
    }

    /** True when the request is served first and only its answer is lost (a reset "after"). */
    public boolean afterServe() {
        return afterServe;
    }

    private static long defaultLatency(FaultType type) {
        return switch (type) {
            case LATENCY -> 500;
            case SLOW -> 10_000;
            default -> 0;
        };
    }

    public String id() {
        return id;
    }

    public FaultType type() {
        return type;
    }

    public int status() {
        return status;
    }

    /** The {@code Retry-After} seconds a status fault sends, or empty. */
    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfterSeconds < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(retryAfterSeconds);
    }

    /** How long a slow fault takes to deliver the body. */
    public long slowBodyMillis() {
        return latencyMs;
    }

    boolean matches(String method, String path) {
        return pattern.matcher(method + " " + path).matches();
    }

    /** Consumes one use if the rule has uses left; true when it fires. */
    boolean fire(double roll) {
        if (roll >= rate) {
            return false;
        }
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left < 0 || remaining.compareAndSet(left, left - 1)) {
                hits.incrementAndGet();
                return true;
            }
        }
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    long latency(double roll) {
        return latencyMs + Math.round((latencyMaxMs - latencyMs) * roll);
    }

    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("route", route);
        n.put("type", type.wireName());
        if (type == FaultType.STATUS || type == FaultType.HTML) {
            n.put("status", status);
        }
        if (retryAfterSeconds >= 0) {
            n.put("retryAfter", retryAfterSeconds);
        }
        if (latencyMaxMs > 0) {
            n.put("latencyMs", latencyMs);
            n.put("latencyMaxMs", latencyMaxMs);
        }
        if (type == FaultType.RESET) {
            n.put("phase", afterServe ? "after" : "before");
        }
        n.put("rate", rate);
        n.put("times", remaining.get());
        n.put("hits", hits.get());
        return n;
    }

    /** "GET /pcloud/**" -> regex on "METHOD /path"; a glob without a method matches every method. */
    static String globToRegex(String glob) {
        String trimmed = glob.trim();
        String method = "[A-Z]+";
        String path = trimmed;
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            String m = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
            method = m.equals("*") ? "[A-Z]+" : Pattern.quote(m);
            path = trimmed.substring(space + 1).trim();
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*') {
                boolean dbl = i + 1 < path.length() && path.charAt(i + 1) == '*';
                regex.append(dbl ? ".*" : "[^/]*");
                if (dbl) {
                    i++;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return method + " " + regex;
    }
}
