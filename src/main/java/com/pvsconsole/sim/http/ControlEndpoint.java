package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.faults.FaultRegistry;
import java.util.function.Supplier;

/**
 * The simulator's own control API under {@code /_sim/} (never faulted, never authenticated:
 * it only listens on loopback): {@code GET/POST/DELETE /_sim/faults},
 * {@code DELETE /_sim/faults/{id}}, {@code GET/DELETE /_sim/requests} (requests counted per method and path),
 * {@code GET /_sim/info}.
 */
public final class ControlEndpoint {

    public static final String PREFIX = "/_sim/";
    private final FaultRegistry faults;
    private final ObjectMapper mapper;
    private final RequestCounter requests;
    private final Supplier<ObjectNode> info;

    public ControlEndpoint(FaultRegistry faults, RequestCounter requests, ObjectMapper mapper,
                           Supplier<ObjectNode> info) {
        this.faults = faults;
        this.requests = requests;
        this.mapper = mapper;
        this.info = info;
    }

    public Reply handle(String method, String path, String body) {
        if (path.equals("/_sim/info") && method.equals("GET")) {
            return Reply.ok(info.get());
        }
        if (path.equals("/_sim/requests")) {
            switch (method) {
                case "GET":
                    return Reply.ok(requests.toJson());
                case "DELETE":
                    requests.clear();
                    return Reply.ok(requests.toJson());
                default:
                    return new Reply(405, ErrorBodies.error(405, "use GET or DELETE on /_sim/requests"));
            }
        }
        if (path.equals("/_sim/faults")) {
            switch (method) {
                case "GET":
                    return Reply.ok(list());
                case "DELETE":
                    faults.clear();
                    return Reply.ok(list());
                case "POST":
                    return add(body);
                default:
                    return new Reply(405, ErrorBodies.error(405, "use GET, POST or DELETE on /_sim/faults"));
            }
        }
        if (path.startsWith("/_sim/faults/") && method.equals("DELETE")) {
            String id = path.substring("/_sim/faults/".length());
            return faults.remove(id) ? Reply.ok(list())
                    : new Reply(404, ErrorBodies.error(404, "no fault with id " + id));
        }
        return new Reply(404, ErrorBodies.error(404, "unknown control path " + path));
    }

    private Reply add(String body) {
        try {
            JsonNode spec = mapper.readTree(body == null || body.isBlank() ? "{}" : body);
            if (spec.isArray()) {
                ObjectNode out = mapper.createObjectNode();
                var added = out.putArray("faults");
                for (JsonNode one : spec) {
                    added.add(faults.add(one).toJson());
                }
                return Reply.created(out);
            }
            return Reply.created(faults.add(spec).toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Reply(400, ErrorBodies.error(400, "the fault must be JSON: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            return new Reply(400, ErrorBodies.error(400, e.getMessage()));
        }
    }

    private ObjectNode list() {
        ObjectNode out = mapper.createObjectNode();
        out.set("faults", faults.toJson());
        return out;
    }
}
