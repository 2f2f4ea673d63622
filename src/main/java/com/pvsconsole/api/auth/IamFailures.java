package com.pvsconsole.api.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.ApiError;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns an IAM error answer ({@code {errorCode, errorMessage, context}}) into a clear failure: key not
 * accepted, key disabled, request rejected, or IAM unavailable. The API key is never part of the answer.
 */
final class IamFailures {

    /** IAM's code for "Provided API key could not be found". */
    private static final String KEY_NOT_FOUND = "BXNIM0415E";

    private IamFailures() {
    }

    static PowerVsException fromResponse(ApiOperation operation, int status, String body, ObjectMapper json) {
        IamError error = parse(body, json);
        String message = error == null || error.errorMessage() == null ? "" : error.errorMessage();
        String code = error == null || error.errorCode() == null ? "" : error.errorCode();
        PowerVsException.Builder builder = PowerVsException.builder(category(status, code, message), operation,
                hintKey(status, code, message)).status(status);
        if (error != null) {
            builder.error(new ApiError(null, null, error.errorCode(), error.errorMessage()));
        }
        return builder.detail("IAM refused the token request").build();
    }

    private static ErrorCategory category(int status, String code, String message) {
        String hint = hintKey(status, code, message);
        if (hint.equals("iam.unavailable")) {
            return status == 429 ? ErrorCategory.RATE_LIMITED : ErrorCategory.SERVER;
        }
        return hint.equals("iam.request_rejected") ? ErrorCategory.INVALID_REQUEST : ErrorCategory.AUTH;
    }

    private static String hintKey(int status, String code, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("disabled") || lower.contains("locked")) {
            return "iam.key_disabled";
        }
        if (KEY_NOT_FOUND.equals(code) || status == 401) {
            return "iam.key_rejected";
        }
        if (status == 403) {
            return "iam.key_disabled";
        }
        if (status == 429 || status >= 500) {
            return "iam.unavailable";
        }
        return lower.contains("api key") || lower.contains("apikey") ? "iam.key_rejected" : "iam.request_rejected";
    }

    private static IamError parse(String body, ObjectMapper json) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return json.readValue(body, IamError.class);
        } catch (IOException e) {
            return null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IamError(String errorCode, String errorMessage) {
    }
}
