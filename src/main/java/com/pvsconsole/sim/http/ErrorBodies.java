package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the definition's {@code Error} model: {code, description, error, message}. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static ObjectNode error(int status, String message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("code", status);
        node.put("error", reason(status));
        node.put("description", message);
        node.put("message", message);
        return node;
    }

    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }
}
