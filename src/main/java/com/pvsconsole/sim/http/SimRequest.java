package com.pvsconsole.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One API request as the route handlers see it: already authenticated, matched to its
 * operation, its body validated against the definition.
 *
 * @param region      the region the Host header addressed
 * @param pathParams  the operation's path parameters by name
 * @param query       decoded query parameters (first value wins)
 * @param body        the parsed JSON body, or a missing node
 */
public record SimRequest(String method, String path, String region, Map<String, String> pathParams,
                         Map<String, String> query, JsonNode body) {

    public String param(String name) {
        return pathParams.get(name);
    }

    public boolean queryFlag(String name) {
        return Boolean.parseBoolean(query.getOrDefault(name, "false"));
    }
}
