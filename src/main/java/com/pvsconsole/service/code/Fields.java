package com.pvsconsole.service.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.api.http.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request body's fields as the client sends them, read one by one by a renderer. Fields a renderer
 * never read are listed by {@link #unread()}, so the generated text can say what it left out instead
 * of dropping a value silently.
 */
final class Fields {

    private static final ObjectMapper JSON = JsonMapper.create();

    private final ObjectNode node;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(ObjectNode node) {
        this.node = node;
    }

    static Fields of(Object body) {
        JsonNode tree = JSON.valueToTree(body);
        return new Fields(tree instanceof ObjectNode o ? o : JSON.createObjectNode());
    }

    Optional<String> text(String key) {
        JsonNode v = take(key);
        return v == null || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
    }

    Optional<String> number(String key) {
        JsonNode v = take(key);
        return v == null || !v.isNumber() ? Optional.empty() : Optional.of(CodeText.number(v.numberValue()));
    }

    Optional<Boolean> bool(String key) {
        JsonNode v = take(key);
        return v == null || !v.isBoolean() ? Optional.empty() : Optional.of(v.asBoolean());
    }

    /** A list of strings; empty lists count as absent. */
    Optional<List<String>> strings(String key) {
        JsonNode v = take(key);
        if (v == null || !v.isArray() || v.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        v.forEach(item -> out.add(item.asText()));
        return Optional.of(out);
    }

    /** A nested object or list, read raw. */
    Optional<JsonNode> node(String key) {
        return Optional.ofNullable(take(key));
    }

    List<String> unread() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                out.add(name);
            }
        });
        return out;
    }

    private JsonNode take(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }
}
