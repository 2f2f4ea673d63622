package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What of a request body may be written down: every field whose name suggests a secret or free text
 * that may hold one (user data, keys, passwords, tokens) is left out, at any depth, and very long
 * strings are cut. The journal keeps the rest so History can show the request again as code.
 */
final class JournalBodies {

    private static final Pattern SECRET_LIKE = Pattern.compile(
            "(?i).*(secret|password|passwd|token|accesskey|apikey|userdata|sshkey|privatekey|credential).*");
    /** Long enough for names, CIDRs and tags; user data and keys are left out by name anyway. */
    static final int MAX_KEPT = 500;

    private JournalBodies() {
    }

    static boolean secretLike(String fieldName) {
        return SECRET_LIKE.matcher(fieldName).matches();
    }

    /** A copy of {@code body} without secret-like fields; null stays null. */
    static JsonNode withoutSecrets(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        JsonNode copy = body.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (secretLike(name)) {
                    object.remove(name);
                } else if (value.isTextual() && value.asText().length() > MAX_KEPT) {
                    object.set(name, TextNode.valueOf(value.asText().substring(0, MAX_KEPT) + "..."));
                } else {
                    strip(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(JournalBodies::strip);
        }
    }
}
