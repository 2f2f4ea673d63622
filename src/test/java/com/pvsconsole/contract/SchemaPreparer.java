package com.pvsconsole.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns Swagger 2.0 schema objects into JSON Schema draft 4 that a validator understands.
 *
 * <p>Swagger 2.0 schemas are a draft-4 subset plus vendor keys. Two rules are added here:
 * <ul>
 *   <li>{@code x-nullable: true} becomes "null or the schema" (the Go SDK holds those fields as
 *       pointers, so the service may send them as null);</li>
 *   <li>in strict mode every object schema that lists its properties and says nothing about
 *       additional ones gets {@code additionalProperties: false}, so a misspelt field name on
 *       either side of the contract fails validation instead of passing silently. Parts of an
 *       {@code allOf} stay open, because their properties are split across the parts.</li>
 * </ul>
 * Keys draft 4 does not know ({@code x-*}, {@code discriminator}, {@code readOnly},
 * {@code example}) are dropped and {@code type: file} is accepted as anything.
 */
final class SchemaPreparer {

    private final boolean strict;

    SchemaPreparer(boolean strict) {
        this.strict = strict;
    }

    /** Prepares a whole {@code definitions} object, keeping the definition names as they are. */
    ObjectNode prepareDefinitions(JsonNode definitions) {
        ObjectNode prepared = JsonNodeFactory.instance.objectNode();
        definitions.fields().forEachRemaining(e -> prepared.set(e.getKey(), prepare(e.getValue(), false)));
        return prepared;
    }

    JsonNode prepare(JsonNode schema, boolean insideAllOf) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("x-") || key.equals("discriminator") || key.equals("readOnly")
                    || key.equals("example")) {
                continue;
            }
            switch (key) {
                case "properties" -> copy.set(key, prepareEach(value));
                case "items", "additionalProperties", "not" -> copy.set(key, value.isObject() ? prepare(value, false) : value);
                case "allOf" -> copy.set(key, prepareArray((ArrayNode) value, true));
                case "anyOf", "oneOf" -> copy.set(key, prepareArray((ArrayNode) value, false));
                default -> copy.set(key, value.deepCopy());
            }
        }
        if ("file".equals(copy.path("type").asText())) {
            copy.remove("type");
        }
        if (strict && !insideAllOf && copy.has("properties") && !copy.has("additionalProperties")) {
            copy.put("additionalProperties", false);
        }
        if (schema.path("x-nullable").asBoolean(false)) {
            ObjectNode nullable = JsonNodeFactory.instance.objectNode();
            nullable.putArray("anyOf").add(JsonNodeFactory.instance.objectNode().put("type", "null")).add(copy);
            return nullable;
        }
        return copy;
    }

    private ObjectNode prepareEach(JsonNode properties) {
        ObjectNode prepared = JsonNodeFactory.instance.objectNode();
        properties.fields().forEachRemaining(e -> prepared.set(e.getKey(), prepare(e.getValue(), false)));
        return prepared;
    }

    private ArrayNode prepareArray(ArrayNode schemas, boolean allOf) {
        ArrayNode prepared = JsonNodeFactory.instance.arrayNode();
        schemas.forEach(s -> prepared.add(prepare(s, allOf)));
        return prepared;
    }
}
