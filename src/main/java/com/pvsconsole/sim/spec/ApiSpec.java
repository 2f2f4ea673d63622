package com.pvsconsole.sim.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Power VS API definition as the simulator reads it at run time: operations to route and
 * validate against, and the model schemas. Loaded from a classpath copy of the lean definition,
 * so the simulator follows the definition's rules rather than hand-copied ones.
 */
public final class ApiSpec {

    public static final String RESOURCE = "/pvs-console/sim/pcloud-api.lean.json";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final JsonNode root;
    private final List<SpecOperation> operations;

    private ApiSpec(JsonNode root) {
        this.root = root;
        this.operations = readOperations(root);
    }

    public static ApiSpec load(ObjectMapper mapper) {
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("API definition missing from classpath: " + RESOURCE);
            }
            return new ApiSpec(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation for a concrete method and path; literal segments win over parameters. */
    public Optional<Matched> find(String method, String path) {
        for (SpecOperation op : operations) {
            if (!op.method().equals(method)) {
                continue;
            }
            Map<String, String> params = op.match(path);
            if (params != null) {
                return Optional.of(new Matched(op, params));
            }
        }
        return Optional.empty();
    }

    public boolean hasPath(String path) {
        return operations.stream().anyMatch(op -> op.match(path) != null);
    }

    public List<SpecOperation> operations() {
        return operations;
    }

    public JsonNode definition(String name) {
        JsonNode def = root.path("definitions").path(name);
        if (def.isMissingNode()) {
            throw new IllegalArgumentException("No definition named " + name);
        }
        return def;
    }

    /** Resolves a local {@code $ref} ("#/definitions/X") to its schema. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = definition(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    /** An operation matched to a concrete request path. */
    public record Matched(SpecOperation operation, Map<String, String> pathParams) {
    }

    private static List<SpecOperation> readOperations(JsonNode root) {
        List<SpecOperation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                result.add(readOperation(path.getKey(), method.getKey().toUpperCase(), method.getValue()));
            }
        }
        // Fewer parameters first, so ".../volumes/clone" is tried before ".../volumes/{volume_id}".
        result.sort(Comparator.comparingInt((SpecOperation op) -> op.pathParams().size())
                .thenComparing(SpecOperation::pathTemplate));
        return List.copyOf(result);
    }

    private static SpecOperation readOperation(String template, String method, JsonNode op) {
        List<String> pathParams = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            pathParams.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Map<String, JsonNode> query = new LinkedHashMap<>();
        JsonNode body = null;
        boolean bodyRequired = false;
        for (JsonNode p : op.path("parameters")) {
            String in = p.path("in").asText();
            if (in.equals("query")) {
                query.put(p.path("name").asText(), p);
            } else if (in.equals("body")) {
                body = p.path("schema");
                bodyRequired = p.path("required").asBoolean(false);
            }
        }
        Set<Integer> statuses = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
        boolean crn = false;
        for (JsonNode alternative : op.path("security")) {
            crn |= alternative.has("CRN");
        }
        return new SpecOperation(method, template, Pattern.compile(regex.toString()), List.copyOf(pathParams),
                Map.copyOf(new HashMap<>(query)), body, bodyRequired, Set.copyOf(statuses), crn);
    }
}
