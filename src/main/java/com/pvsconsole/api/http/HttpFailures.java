package com.pvsconsole.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.ApiError;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Turns a non-2xx Power VS answer into a {@link PowerVsException} with category, parsed Error body and hint. */
public final class HttpFailures {

    /** Statuses with their own catalog entry ({@code status.<code>}). */
    private static final Set<Integer> CATALOGUED = Set.of(400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502,
            503, 504);
    private static final int EXCERPT_LENGTH = 200;
    /** The hint for a 401 on a call made with an API key's token. */
    public static final String API_KEY_REFUSED = "status.401.apikey";

    private HttpFailures() {
    }

    public static PowerVsException fromResponse(ApiOperation operation, int status, String body, ObjectMapper json) {
        PowerVsException.Builder builder = PowerVsException.builder(category(status), operation,
                        hintKey(operation, status))
                .status(status);
        ApiError error = parseError(body, json);
        if (error != null) {
            builder.error(error);
        } else if (body != null && !body.isBlank()) {
            builder.rawBodyExcerpt(excerpt(body));
        }
        return builder.build();
    }

    public static ErrorCategory category(int status) {
        return switch (status) {
            case 401 -> ErrorCategory.AUTH;
            case 403 -> ErrorCategory.FORBIDDEN;
            case 404, 410 -> ErrorCategory.NOT_FOUND;
            case 408 -> ErrorCategory.TIMEOUT;
            case 409 -> ErrorCategory.CONFLICT;
            case 429 -> ErrorCategory.RATE_LIMITED;
            default -> status >= 500 ? ErrorCategory.SERVER : ErrorCategory.INVALID_REQUEST;
        };
    }

    /**
     * The hint for {@code status} on {@code operation}. A 409 is explained by what was asked (see
     * {@link OperationKind}); a 408 on a write may have been carried out, so its hint says to refresh first.
     */
    public static String hintKey(ApiOperation operation, int status) {
        OperationKind kind = OperationKind.of(operation);
        if (status == 409) {
            return switch (kind) {
                case CREATE -> "status.409.create";
                case VOLUME_CHANGE -> "status.409.volume";
                case OTHER_WRITE -> "status.409.busy";
                default -> "status.409";
            };
        }
        if (status == 408 && kind != OperationKind.READ) {
            return "network.timeout.write";
        }
        return hintKey(status);
    }

    public static String hintKey(int status) {
        if (status == 401) {
            // Every call carries a token issued for the account's API key: the hint talks about that key,
            // not IBM's generic "log in to the IBM Cloud website" (kept verbatim under status.401).
            return API_KEY_REFUSED;
        }
        if (CATALOGUED.contains(status)) {
            return "status." + status;
        }
        return status >= 500 ? "status.other5xx" : "status.other4xx";
    }

    /** The body as {@code Error}, or null when it is empty, not JSON, or JSON of another shape. */
    private static ApiError parseError(String body, ObjectMapper json) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            ApiError error = json.readValue(body, ApiError.class);
            boolean empty = error.code() == null && error.description() == null && error.error() == null
                    && error.message() == null;
            return empty ? null : error;
        } catch (IOException e) {
            return null;
        }
    }

    /** A short excerpt of a non-JSON body; an HTML page is summarised by its title instead. */
    static String excerpt(String body) {
        Optional<String> page = HtmlPages.summary(body);
        if (page.isPresent()) {
            return SecretRedactor.redact(page.get());
        }
        String flat = SecretRedactor.redact(body).replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }

    public static PowerVsException badResponse(ApiOperation operation, int status, Exception cause) {
        return PowerVsException.builder(ErrorCategory.BAD_RESPONSE, operation, "response.invalid").status(status)
                .detail("response body does not match the definition").cause(cause).build();
    }
}
