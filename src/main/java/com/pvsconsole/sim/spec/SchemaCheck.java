package com.pvsconsole.sim.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a request value against a schema of the definition, the way the service's own input
 * validation does: required fields, JSON types, enums, numeric bounds, string length and
 * pattern, nested objects and arrays. Answers the first problem in words a user can act on.
 */
public final class SchemaCheck {

    private final ApiSpec spec;

    public SchemaCheck(ApiSpec spec) {
        this.spec = spec;
    }

    public Optional<String> problem(JsonNode value, JsonNode schema) {
        return check(value, schema, "body");
    }

    /** Keeps only the properties the named model declares (e.g. a full instance to its reference). */
    public ObjectNode project(ObjectNode full, String definitionName) {
        JsonNode schema = spec.definition(definitionName);
        ObjectNode out = full.objectNode();
        Iterator<String> names = schema.path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (full.has(name)) {
                out.set(name, full.get(name));
            }
        }
        return out;
    }

    private Optional<String> check(JsonNode value, JsonNode rawSchema, String where) {
        JsonNode schema = spec.resolve(rawSchema);
        for (JsonNode part : schema.path("allOf")) {
            Optional<String> p = check(value, part, where);
            if (p.isPresent()) {
                return p;
            }
        }
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String type = schema.path("type").asText("");
        Optional<String> typeProblem = checkType(value, type, where);
        if (typeProblem.isPresent()) {
            return typeProblem;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                return Optional.of(where + " must be one of " + schema.get("enum") + ", was " + value);
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                return Optional.of(where + " must be at least " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                return Optional.of(where + " must be at most " + schema.get("maximum"));
            }
        }
        if (value.isTextual()) {
            if (schema.has("maxLength") && value.asText().length() > schema.get("maxLength").asInt()) {
                return Optional.of(where + " must be at most " + schema.get("maxLength") + " characters");
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                return Optional.of(where + " does not match " + schema.get("pattern").asText());
            }
        }
        if (value.isObject()) {
            return checkObject(value, schema, where);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                Optional<String> p = check(value.get(i), schema.get("items"), where + "[" + i + "]");
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkObject(JsonNode value, JsonNode schema, String where) {
        for (JsonNode required : schema.path("required")) {
            JsonNode field = value.get(required.asText());
            if (field == null || field.isNull()) {
                return Optional.of(where + "." + required.asText() + " is required");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> prop = props.next();
            Optional<String> p = check(value.get(prop.getKey()), prop.getValue(), where + "." + prop.getKey());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkType(JsonNode value, String type, String where) {
        boolean ok = switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
        return ok ? Optional.empty() : Optional.of(where + " must be of type " + type);
    }
}
