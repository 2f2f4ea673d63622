package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A JSON answer: status code and body. */
public record Reply(int status, JsonNode body) {

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
