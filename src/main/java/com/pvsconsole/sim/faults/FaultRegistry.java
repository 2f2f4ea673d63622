package com.pvsconsole.sim.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The faults in force. Changed at run time through {@code /_sim/faults} or the facade. */
public final class FaultRegistry {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final Random random;

    public FaultRegistry(long seed) {
        this.random = new Random(seed);
    }

    /** Adds a fault from its JSON description; throws IllegalArgumentException when it makes no sense. */
    public FaultRule add(JsonNode spec) {
        FaultRule rule = new FaultRule("f" + counter.incrementAndGet(), spec);
        rules.add(rule);
        return rule;
    }

    /** Adds a fault from the command-line form "type=status,status=503,route=GET /v1/**,times=2". */
    public FaultRule add(String commandLine) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        for (String part : commandLine.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("fault option must be key=value pairs separated by commas: " + commandLine);
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (value.matches("-?\\d+")) {
                spec.put(key, Long.parseLong(value));
            } else if (value.matches("-?\\d*\\.\\d+")) {
                spec.put(key, Double.parseDouble(value));
            } else {
                spec.put(key, value);
            }
        }
        return add(spec);
    }

    public boolean remove(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    public ArrayNode toJson() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        rules.forEach(r -> list.add(r.toJson()));
        return list;
    }

    /** Total added delay of the latency faults hitting this request. */
    public long latencyFor(String method, String path) {
        long total = 0;
        for (FaultRule rule : rules) {
            if (rule.type() == FaultType.LATENCY && rule.matches(method, path) && rule.fire(roll())) {
                total += rule.latency(roll());
            }
        }
        rules.removeIf(FaultRule::exhausted);
        return total;
    }

    /** The first non-latency fault that fires for this request, if any. */
    public Optional<FaultRule> pick(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.type() != FaultType.LATENCY && rule.matches(method, path) && rule.fire(roll())) {
                rules.removeIf(FaultRule::exhausted);
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private synchronized double roll() {
        return random.nextDouble();
    }
}
