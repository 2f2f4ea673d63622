package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON answer: status code and body. {@code bytes}, when set, is the body already serialised
 * (large lists are written while the state lock is held instead of being copied).
 */
public record Reply(int status, JsonNode body, byte[] bytes) {

    public Reply(int status, JsonNode body) {
        this(status, body, null);
    }

    public static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    public static Reply created(JsonNode body) {
        return new Reply(201, body);
    }

    public static Reply accepted(JsonNode body) {
        return new Reply(202, body);
    }

    /** The service's answer for operations whose success model is the untyped {@code Object}. */
    public static Reply emptyObject(int status) {
        return new Reply(status, JsonNodeFactory.instance.objectNode());
    }
}
