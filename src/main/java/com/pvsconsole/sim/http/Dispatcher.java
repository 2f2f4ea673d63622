package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.pvsconsole.sim.auth.IamEndpoint;
import com.pvsconsole.sim.faults.FaultRegistry;
import com.pvsconsole.sim.faults.FaultRule;
import com.pvsconsole.sim.faults.FaultType;
import com.pvsconsole.sim.state.Region;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one HTTP handler: control endpoint, faults, IAM, then the Power VS API. Faults hit
 * everything but the control endpoint, so IAM can be made to fail too.
 */
public final class Dispatcher implements HttpHandler {

    private final ControlEndpoint control;
    private final RequestCounter requests;
    private final FaultRegistry faults;
    private final IamEndpoint iam;
    private final ApiHandler api;
    private final HostRouting hosts;
    private final Responder responder;

    /** How many requests "METHOD /raw/path" reached the simulator (faulted ones included, /_sim/ excluded). */
    public int received(String method, String path) {
        return (int) requests.count(method, path);
    }

    public Dispatcher(ControlEndpoint control, RequestCounter requests, FaultRegistry faults, IamEndpoint iam,
                      ApiHandler api, HostRouting hosts, Responder responder) {
        this.control = control;
        this.requests = requests;
        this.faults = faults;
        this.iam = iam;
        this.api = api;
        this.hosts = hosts;
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
            String path = exchange.getRequestURI().getPath();
            String body = readBody(exchange.getRequestBody());
            if (path.startsWith(ControlEndpoint.PREFIX)) {
                Reply reply = control.handle(method, path, body);
                responder.json(exchange, reply.status(), reply.body());
                return;
            }
            requests.record(method, path);
            requests.recordBody(method, path, body);
            long delay = faults.latencyFor(method, path);
            if (delay > 0) {
                sleep(delay);
            }
            Optional<FaultRule> fault = faults.pick(method, path);
            if (fault.isPresent() && fault.get().type() == FaultType.RESET && fault.get().afterServe()) {
                // The work is done, the answer is lost: what a client sees when a connection drops late.
                serve(exchange, method, path, body);
                throw new ConnectionReset();
            }
            if (fault.isPresent() && answeredByFault(exchange, fault.get())) {
                return;
            }
            Reply reply = serve(exchange, method, path, body);
            if (fault.isPresent() && fault.get().type() == FaultType.RESET_AFTER) {
                throw new ConnectionReset();
            }
            byte[] bytes = reply.bytes() != null ? reply.bytes()
                    : responder.toBytes(reply.body() == null ? JsonNodeFactory.instance.objectNode() : reply.body());
            if (fault.isPresent() && fault.get().type() == FaultType.MALFORMED) {
                bytes = Responder.utf8("{\"pvmInstances\": [ {\"serverName\": \"web01\", <<garbage>>");
            } else if (fault.isPresent() && fault.get().type() == FaultType.TRUNCATED) {
                bytes = Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
            }
            if (fault.isPresent() && fault.get().type() == FaultType.SLOW) {
                responder.slow(exchange, reply.status(), bytes, fault.get().slowBodyMillis());
            } else {
                responder.raw(exchange, reply.status(), "application/json", bytes);
            }
        }
    }

    private Reply serve(HttpExchange exchange, String method, String path, String body) {
        if (path.equals(IamEndpoint.PATH)) {
            return iam.handle(method, exchange.getRequestHeaders().getFirst("Content-Type"), body,
                    exchange.getRequestHeaders().getFirst("User-Agent"));
        }
        Optional<Region> region = hosts.region(exchange.getRequestHeaders().getFirst("Host"));
        if (region.isEmpty()) {
            return new Reply(404, ErrorBodies.error(404, "no Power VS region answers at host "
                    + exchange.getRequestHeaders().getFirst("Host")));
        }
        return api.handle(new ApiHandler.Incoming(method, path, UrlEncoded.decode(exchange.getRequestURI().getRawQuery()),
                region.get(), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("CRN"), body));
    }

    /** Writes the fault's answer when it replaces the real one; false for faults that alter the real answer. */
    private boolean answeredByFault(HttpExchange exchange, FaultRule fault) throws IOException {
        switch (fault.type()) {
            case STATUS -> {
                fault.retryAfterSeconds().ifPresent(seconds ->
                        exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds)));
                responder.json(exchange, fault.status(), ErrorBodies.error(fault.status(),
                        "simulated fault " + fault.id() + ": " + ErrorBodies.reason(fault.status())));
                return true;
            }
            case HTML -> {
                String page = "<!DOCTYPE html><html><head><title>" + fault.status() + " " + ErrorBodies.reason(fault.status())
                        + "</title></head><body><h1>" + fault.status() + " " + ErrorBodies.reason(fault.status())
                        + "</h1><p>The server encountered a temporary error.</p></body></html>";
                responder.raw(exchange, fault.status(), "text/html; charset=utf-8", Responder.utf8(page));
                return true;
            }
            case RESET -> throw new ConnectionReset();
            default -> {
                return false;
            }
        }
    }

    /** Thrown to make the JDK server drop the connection without writing an answer. */
    private static final class ConnectionReset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionReset() {
            super("simulated connection reset", null, false, false);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
