package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests that reached the simulator, by {@code "METHOD /path"}, before any fault acts on them, so
 * a test can prove from the server's side that a POST was sent exactly once. Read and reset through
 * {@code /_sim/requests}; the control endpoint itself is not counted.
 */
public final class RequestCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    /** The last body of each Power VS call (never IAM's, which carries the API key); in memory only. */
    private final Map<String, String> lastBodies = new ConcurrentHashMap<>();

    public void record(String method, String path) {
        counts.computeIfAbsent(method + " " + path, k -> new LongAdder()).increment();
    }

    /** Keeps the body of a Power VS API call, so a test can read what the client really sent. */
    public void recordBody(String method, String path, String body) {
        if (path.startsWith("/pcloud/") && body != null && !body.isEmpty()) {
            lastBodies.put(method + " " + path, body);
        }
    }

    /** The body of the last {@code method path} Power VS call that had one. */
    public Optional<String> lastBody(String method, String path) {
        return Optional.ofNullable(lastBodies.get(method + " " + path));
    }

    /** Requests seen for exactly this method and path. */
    public long count(String method, String path) {
        LongAdder adder = counts.get(method + " " + path);
        return adder == null ? 0 : adder.sum();
    }

    public void clear() {
        counts.clear();
        lastBodies.clear();
    }

    /** {@code {"total": N, "requests": {"GET /path": n, ...}}}, keys sorted. */
    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, adder) -> sorted.put(key, adder.sum()));
        out.put("total", sorted.values().stream().mapToLong(Long::longValue).sum());
        ObjectNode requests = out.putObject("requests");
        sorted.forEach(requests::put);
        return out;
    }
}
