package com.pvsconsole.api.http;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to make: operation (method + path template), values for the template's placeholders in
 * order, query parameters, optional JSON body, the regional endpoint, and the CRN header (null for the two
 * workspace calls, which send Authorization only).
 */
public record ApiCall(RegionEndpoint endpoint, Crn crn, ApiOperation operation, List<String> pathValues,
        Map<String, String> query, Object body) {

    public ApiCall {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(operation, "operation");
        pathValues = List.copyOf(pathValues);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static Builder to(RegionEndpoint endpoint, Crn crn, String method, String pathTemplate) {
        return new Builder(endpoint, crn, new ApiOperation(method, pathTemplate));
    }

    public boolean isIdempotentRead() {
        return operation.method().equals("GET");
    }

    /** Fluent assembly, so client methods read like the definition. */
    public static final class Builder {
        private final RegionEndpoint endpoint;
        private final Crn crn;
        private final ApiOperation operation;
        private final List<String> pathValues = new ArrayList<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private Object body;

        private Builder(RegionEndpoint endpoint, Crn crn, ApiOperation operation) {
            this.endpoint = endpoint;
            this.crn = crn;
            this.operation = operation;
        }

        /** Values for the template's placeholders, in order; empty ones are refused before any request. */
        public Builder path(String... values) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw PowerVsException.invalidInput("input.argument",
                            "Empty path parameter for " + operation);
                }
                pathValues.add(value);
            }
            return this;
        }

        public Builder query(String name, Object value) {
            if (value != null) {
                query.put(name, value.toString());
            }
            return this;
        }

        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        public ApiCall build() {
            return new ApiCall(endpoint, crn, operation, pathValues, query, body);
        }
    }
}
