package com.pvsconsole.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Switches simulator faults through its documented control endpoint {@code /_sim/faults}. */
final class SimulatorFaults {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    SimulatorFaults(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void add(String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("fault refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    void clear() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/faults")).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
