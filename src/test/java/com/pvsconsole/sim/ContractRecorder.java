package com.pvsconsole.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.contract.ApiDefinition;
import com.pvsconsole.contract.ApiOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates every exchange a test makes against the definition (status listed for the
 * operation, body valid against its schema, strictly) and remembers which operations were hit.
 */
final class ContractRecorder {

    private final ApiDefinition definition = ApiDefinition.strict();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> covered = Collections.synchronizedSet(new TreeSet<>());

    void record(String method, String path, JsonNode requestBody, int status, JsonNode responseBody) {
        ApiOperation op = definition.find(method, path).orElse(null);
        if (op == null) {
            problems.add(method + " " + path + " is not an operation of the definition");
            return;
        }
        covered.add(op.method().toUpperCase() + " " + op.pathTemplate());
        if (requestBody != null && status < 400) {
            definition.validateRequestBody(method, path, requestBody).forEach(problems::add);
        }
        definition.validateResponse(method, path, status, responseBody)
                .forEach(p -> problems.add(method + " " + path + " -> " + status + ": " + p));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Set<String> covered() {
        return new TreeSet<>(covered);
    }
}
