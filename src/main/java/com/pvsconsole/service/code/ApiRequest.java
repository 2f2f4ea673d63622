package com.pvsconsole.service.code;

import java.util.Map;

/**
 * One HTTP request as the console's client sends it: method, path below the regional host (already
 * percent-encoded), query parameters in order, and the JSON body exactly as serialised (null: none).
 */
public record ApiRequest(String method, String path, Map<String, String> query, String jsonBody) {

    public ApiRequest {
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
    }

    /** This request with {@code segment} (taken literally, not encoded) appended to its path. */
    ApiRequest withLastSegment(String segment) {
        return new ApiRequest(method, path + "/" + segment, query, jsonBody);
    }

    public boolean hasBody() {
        return jsonBody != null;
    }
}
