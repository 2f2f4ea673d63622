package com.pvsconsole.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One operation of the definition: method, path template and what it declares. */
public record ApiOperation(String method, String pathTemplate, String operationId, JsonNode node, Pattern pathPattern) {

    static ApiOperation of(String method, String pathTemplate, JsonNode node) {
        String regex = Pattern.quote(pathTemplate).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return new ApiOperation(method.toUpperCase(), pathTemplate, node.path("operationId").asText(),
                node, Pattern.compile(regex));
    }

    boolean matches(String method, String path) {
        return this.method.equalsIgnoreCase(method) && pathPattern.matcher(path).matches();
    }

    /** How many path segments are fixed words, to prefer {@code /images/export} over {@code /images/{id}}. */
    int literalSegments() {
        int count = 0;
        for (String segment : pathTemplate.split("/")) {
            if (!segment.startsWith("{")) {
                count++;
            }
        }
        return count;
    }

    /** Status codes the definition lists for this operation. */
    public Set<Integer> statuses() {
        Set<Integer> statuses = new TreeSet<>();
        node.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
        return statuses;
    }

    /** The schema of the {@code body} parameter, if the operation takes one. */
    public Optional<JsonNode> bodySchema() {
        for (JsonNode parameter : node.path("parameters")) {
            if ("body".equals(parameter.path("in").asText())) {
                return Optional.of(parameter.path("schema"));
            }
        }
        return Optional.empty();
    }

    /** Whether the operation declares a query parameter with this name. */
    public boolean hasQueryParameter(String name) {
        for (JsonNode parameter : node.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && name.equals(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The response schema for a status, if the definition gives one. */
    public Optional<JsonNode> responseSchema(int status) {
        JsonNode schema = node.path("responses").path(Integer.toString(status)).path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** Whether the definition sends the CRN header on this call (every call but the workspace ones). */
    public boolean requiresCrn() {
        for (JsonNode requirement : node.path("security")) {
            if (requirement.has("CRN")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }
}
