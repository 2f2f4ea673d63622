package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.pvsconsole.sim.auth.TokenIssuer;
import com.pvsconsole.sim.routes.Route;
import com.pvsconsole.sim.routes.RouteTable;
import com.pvsconsole.sim.spec.ApiSpec;
import com.pvsconsole.sim.spec.SchemaCheck;
import com.pvsconsole.sim.spec.SpecOperation;
import com.pvsconsole.sim.state.Region;
import com.pvsconsole.sim.state.Scheduler;
import com.pvsconsole.sim.state.SimState;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one Power VS API request the way the service does: find the operation in the
 * definition, check the token (401), the CRN (403), the body against the definition (400),
 * then run the route under the state lock. Answers only status codes the operation lists.
 */
public final class ApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final ApiSpec spec;
    private final SchemaCheck schemas;
    private final RouteTable routes;
    private final TokenIssuer tokens;
    private final SimState state;
    private final Scheduler scheduler;
    private final CrnCheck crn;
    private final ObjectMapper mapper;
    private final Runnable onChange;

    public ApiHandler(ApiSpec spec, RouteTable routes, TokenIssuer tokens, SimState state, Scheduler scheduler,
                      ObjectMapper mapper, Runnable onChange) {
        this.spec = spec;
        this.schemas = new SchemaCheck(spec);
        this.routes = routes;
        this.tokens = tokens;
        this.state = state;
        this.scheduler = scheduler;
        this.crn = new CrnCheck(state);
        this.mapper = mapper;
        this.onChange = onChange;
    }

    /** Everything the wire carried that the API cares about. */
    public record Incoming(String method, String path, Map<String, String> query, Region region,
                           String authorization, String crnHeader, String body) {
    }

    public Reply handle(Incoming in) {
        Optional<ApiSpec.Matched> matched = spec.find(in.method(), in.path());
        if (matched.isEmpty()) {
            int status = spec.hasPath(in.path()) ? 405 : 404;
            return new Reply(status, ErrorBodies.error(status, status == 405
                    ? in.method() + " is not supported on " + in.path() : "no such resource: " + in.path()));
        }
        SpecOperation op = matched.get().operation();
        try {
            return serve(in, op, matched.get().pathParams());
        } catch (ApiException e) {
            return allowed(op, new Reply(e.status(), ErrorBodies.error(e.status(), e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Simulator failed on {} {}", in.method(), in.path(), e);
            return allowed(op, new Reply(500, ErrorBodies.error(500, "internal simulator error")));
        }
    }

    private Reply serve(Incoming in, SpecOperation op, Map<String, String> pathParams) {
        switch (tokens.check(in.authorization())) {
            case MISSING -> throw new ApiException(401, "the Authorization header with an IAM bearer token is required");
            case INVALID -> throw new ApiException(401, "the IAM token is not valid");
            case EXPIRED -> throw new ApiException(401, "the IAM token has expired; get a new one with your refresh token");
            default -> { }
        }
        synchronized (state) {
            scheduler.runDue();
            // Like the service: who you are (401, 403) before what you sent (400).
            Map<String, String> params = pathParams;
            boolean datacenters = op.pathTemplate().startsWith("/v1/datacenters");
            if (op.crnRequired() && !(datacenters && in.crnHeader() == null)) {
                // Datacenter lists need no workspace: IBM's SDK and Terraform call them without one.
                crn.verify(in.crnHeader(), pathParams.get("cloud_instance_id"), in.region());
                params = CrnCheck.withWorkspace(pathParams, in.crnHeader());
            }
            checkQuery(op, in.query());
            JsonNode body = parseBody(op, in.body());
            Route route = routes.find(op.key()).orElseThrow(() ->
                    new ApiException(500, "the simulator does not implement " + op.key()));
            Reply reply = route.handle(new SimRequest(in.method(), in.path(), in.region().name(), params,
                    in.query(), body));
            if (!in.method().equals("GET")) {
                onChange.run();
            }
            // Serialise while holding the lock: the tree may change as soon as it is released.
            Reply checked = allowed(op, reply);
            return new Reply(checked.status(), null, serialise(checked.body()));
        }
    }

    private byte[] serialise(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body == null ? mapper.createObjectNode() : body);
        } catch (IOException e) {
            throw new IllegalStateException("could not serialise an answer", e);
        }
    }

    private void checkQuery(SpecOperation op, Map<String, String> query) {
        for (Map.Entry<String, JsonNode> param : op.queryParams().entrySet()) {
            String value = query.get(param.getKey());
            if (value == null) {
                continue;
            }
            String type = param.getValue().path("type").asText();
            boolean ok = switch (type) {
                case "boolean" -> value.equals("true") || value.equals("false");
                case "integer" -> value.matches("-?\\d+");
                case "number" -> value.matches("-?\\d+(\\.\\d+)?");
                default -> true;
            };
            if (!ok) {
                throw ApiException.badRequest("query parameter " + param.getKey() + " must be " + type + ", was " + value);
            }
        }
    }

    private JsonNode parseBody(SpecOperation op, String raw) {
        if (op.bodySchema() == null) {
            return MissingNode.getInstance();
        }
        if (raw == null || raw.isBlank()) {
            if (op.bodyRequired()) {
                throw ApiException.badRequest("a JSON request body is required");
            }
            return MissingNode.getInstance();
        }
        JsonNode body;
        try {
            body = mapper.readTree(raw);
        } catch (IOException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
        Optional<String> problem = schemas.problem(body, op.bodySchema());
        if (problem.isPresent()) {
            throw ApiException.badRequest(problem.get());
        }
        return body;
    }

    /** Keeps answers within the operation's documented status codes. */
    private static Reply allowed(SpecOperation op, Reply reply) {
        if (op.allows(reply.status())) {
            return reply;
        }
        int fallback = reply.status() >= 500 || !op.allows(400) ? 500 : 400;
        String message = reply.body() != null ? reply.body().path("message").asText("") : "";
        LOG.debug("{} answered {} which {} does not list; answering {}", op.key(), reply.status(), op.key(), fallback);
        return new Reply(fallback, ErrorBodies.error(fallback, message));
    }
}
