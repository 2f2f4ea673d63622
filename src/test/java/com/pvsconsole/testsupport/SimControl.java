package com.pvsconsole.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;

/**
 * The simulator's control endpoint over real HTTP, with a client of its own (never the one under test): faults
 * on and off through {@code /_sim/faults}, and the requests that reached the simulator through
 * {@code /_sim/requests}, so "sent exactly once" is counted at the server.
 */
public final class SimControl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public SimControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Adds one fault (JSON object) and returns its id. */
    public String addFault(String json) {
        JsonNode added = send("POST", "/_sim/faults", json, 201);
        return added.get("id").asText();
    }

    /** Removes every fault. */
    public void clearFaults() {
        send("DELETE", "/_sim/faults", null, 200);
    }

    /** How often the faults in force have fired, summed. */
    public long faultHits() {
        long hits = 0;
        for (JsonNode fault : send("GET", "/_sim/faults", null, 200).get("faults")) {
            hits += fault.get("hits").asLong();
        }
        return hits;
    }

    /** Requests with this method whose path contains {@code pathPart}, counted at the simulator. */
    public long requests(String method, String pathPart) {
        long total = 0;
        Iterator<Map.Entry<String, JsonNode>> counted = send("GET", "/_sim/requests", null, 200).get("requests")
                .fields();
        while (counted.hasNext()) {
            Map.Entry<String, JsonNode> entry = counted.next();
            String key = entry.getKey();
            if (key.startsWith(method + " ") && key.contains(pathPart)) {
                total += entry.getValue().asLong();
            }
        }
        return total;
    }

    /** Requests with this method whose whole path matches {@code pathRegex}, counted at the simulator. */
    public long requestsMatching(String method, String pathRegex) {
        long total = 0;
        Iterator<Map.Entry<String, JsonNode>> counted = send("GET", "/_sim/requests", null, 200).get("requests")
                .fields();
        while (counted.hasNext()) {
            Map.Entry<String, JsonNode> entry = counted.next();
            String key = entry.getKey();
            if (key.startsWith(method + " ") && key.substring(method.length() + 1).matches(pathRegex)) {
                total += entry.getValue().asLong();
            }
        }
        return total;
    }

    /** Every request counted since the last reset. */
    public long totalRequests() {
        return send("GET", "/_sim/requests", null, 200).get("total").asLong();
    }

    public void resetRequests() {
        send("DELETE", "/_sim/requests", null, 200);
    }

    private JsonNode send(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted talking to the simulator", e);
        }
    }
}
