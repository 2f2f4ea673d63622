package com.pvsconsole.api;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A POST, PUT, PATCH or DELETE the client is about to send, as a {@link MutationObserver} sees it:
 * the regional endpoint, the workspace CRN (null for calls without one), the operation, the values
 * of its path placeholders in order, the query and the body object (null: none). The body may hold
 * secrets (user data, storage keys): an observer keeps only what it may keep.
 */
public record MutatingRequest(RegionEndpoint endpoint, Crn crn, ApiOperation operation, List<String> pathValues,
        Map<String, String> query, Object body) {

    public MutatingRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(operation, "operation");
        pathValues = List.copyOf(pathValues);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** The path with its placeholders filled in (not percent-encoded): for records and for matching. */
    public String path() {
        Iterator<String> values = pathValues.iterator();
        StringBuilder out = new StringBuilder();
        for (String segment : operation.pathTemplate().substring(1).split("/")) {
            out.append('/');
            boolean placeholder = segment.startsWith("{") && segment.endsWith("}");
            out.append(placeholder && values.hasNext() ? values.next() : segment);
        }
        return out.toString();
    }
}
