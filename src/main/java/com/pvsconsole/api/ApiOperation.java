package com.pvsconsole.api;

import java.util.Objects;

/** An operation of the definition: HTTP method and path template, e.g. {@code GET /pcloud/v1/cloud-instances/{cloud_instance_id}}. */
public record ApiOperation(String method, String pathTemplate) {

    public ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /** Calls made before a request exists (input validation) or to IAM use a descriptive pseudo path. */
    public static ApiOperation local(String what) {
        return new ApiOperation("LOCAL", what);
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
