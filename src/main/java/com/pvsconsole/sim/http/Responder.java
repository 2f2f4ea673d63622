package com.pvsconsole.sim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes answers to the wire. */
public final class Responder {

    private static final int SLOW_PIECES = 20;

    private final ObjectMapper mapper;

    public Responder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] toBytes(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        raw(exchange, status, "application/json", toBytes(body));
    }

    public void raw(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /**
     * Sends status and headers at once, then the body in small pieces spread over {@code millis}, as a congested
     * link would. Stops early when the client has gone or the simulator shuts down.
     */
    public void slow(HttpExchange exchange, int status, byte[] bytes, long millis) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        int pieces = Math.max(1, Math.min(SLOW_PIECES, bytes.length));
        long pause = millis / pieces;
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < pieces; i++) {
                int from = (int) ((long) bytes.length * i / pieces);
                int to = (int) ((long) bytes.length * (i + 1) / pieces);
                Thread.sleep(pause);
                out.write(bytes, from, to - from);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client timed out or cancelled: nothing left to deliver.
        }
        exchange.close();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
