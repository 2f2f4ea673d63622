package com.pvsconsole.sim.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API definition: how to recognise it (method + path template), what it
 * accepts (parameters, body schema) and which status codes it may answer.
 */
public record SpecOperation(
        String method,
        String pathTemplate,
        Pattern pathPattern,
        List<String> pathParams,
        Map<String, JsonNode> queryParams,
        JsonNode bodySchema,
        boolean bodyRequired,
        Set<Integer> statuses,
        boolean crnRequired) {

    /** Returns the path parameters if {@code path} is an instance of this template, else null. */
    public Map<String, String> match(String path) {
        Matcher m = pathPattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pathParams.size(); i++) {
            values.put(pathParams.get(i), m.group(i + 1));
        }
        return values;
    }

    public String key() {
        return method + " " + pathTemplate;
    }

    public boolean allows(int status) {
        return statuses.contains(status);
    }
}
