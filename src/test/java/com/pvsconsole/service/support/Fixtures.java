package com.pvsconsole.service.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.ApiError;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import java.util.Map;

/** Model records for service tests, built the way the client builds them: from JSON. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    public static final String ACCOUNT = "0123456789abcdef0123456789abcdef";

    private Fixtures() {
    }

    public static Workspace workspace(String id, String name) {
        return JSON.convertValue(Map.of("id", id, "name", name, "status", "active",
                "details", Map.of("crn", "crn:v1:bluemix:public:power-iaas:dal10:a/" + ACCOUNT + ":" + id + "::")),
                Workspace.class);
    }

    public static PvmInstanceReference instanceRef(String id, String name, String status) {
        return JSON.convertValue(Map.of("pvmInstanceID", id, "serverName", name, "status", status,
                "processors", 1.0, "memory", 4.0, "procType", "shared", "osType", "aix"), PvmInstanceReference.class);
    }

    public static PvmInstance instance(String id, String name, String status) {
        return JSON.convertValue(Map.of("pvmInstanceID", id, "serverName", name, "status", status,
                "processors", 1.0, "memory", 4.0, "procType", "shared", "osType", "aix"), PvmInstance.class);
    }

    public static PowerVsException httpError(int status, String message) {
        ApiError error = JSON.convertValue(Map.of("message", message), ApiError.class);
        return PowerVsException.builder(status == 409 ? ErrorCategory.CONFLICT : ErrorCategory.SERVER,
                        new ApiOperation("POST", "/pcloud/v1/cloud-instances/{id}/pvm-instances/{pid}/action"),
                        "status." + status)
                .status(status).error(error).build();
    }
}
