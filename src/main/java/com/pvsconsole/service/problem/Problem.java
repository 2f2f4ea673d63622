package com.pvsconsole.service.problem;

import java.time.Duration;
import java.util.Objects;

/**
 * A failed call in words the user can act on: what was being done, the HTTP status (when
 * there was one), the recovery hint from the catalog and the server's own message. Never
 * holds a stack trace; {@link #details()} is what "Copy details" puts on the clipboard.
 *
 * @param action        what the user or the console was doing, e.g. "Load instances"
 * @param status        HTTP status, or 0 when the call never got an answer
 * @param title         a one-line summary, e.g. "Internal server error"
 * @param hint          what to do about it (from the hint catalog)
 * @param serverMessage the server's own message, or empty
 * @param operation     the API operation, e.g. "GET /pcloud/v1/cloud-instances/{id}/pvm-instances"
 * @param retryable     whether trying again later may help (5xx, timeouts, network)
 * @param retryAfter    how long the server asked us to wait (429/503 {@code Retry-After}), or zero
 * @param keyRefused    IBM Cloud refused the account's API key (IAM, or a 401 from the service):
 *                      nothing works until the user gives another key
 */
public record Problem(String action, int status, String title, String hint, String serverMessage,
                      String operation, boolean retryable, Duration retryAfter, boolean keyRefused) {

    public Problem {
        retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        action = Objects.requireNonNullElse(action, "");
        title = Objects.requireNonNullElse(title, "");
        hint = Objects.requireNonNullElse(hint, "");
        serverMessage = Objects.requireNonNullElse(serverMessage, "");
        operation = Objects.requireNonNullElse(operation, "");
    }

    public Problem(String action, int status, String title, String hint, String serverMessage, String operation,
                   boolean retryable, Duration retryAfter) {
        this(action, status, title, hint, serverMessage, operation, retryable, retryAfter, false);
    }

    public Problem(String action, int status, String title, String hint, String serverMessage, String operation,
                   boolean retryable) {
        this(action, status, title, hint, serverMessage, operation, retryable, Duration.ZERO);
    }

    /** The service is limiting our rate: wait before the next call (refreshes back off). */
    public boolean isRateLimited() {
        return status == 429;
    }

    /** No answer at all that is worth retrying (DNS, refused, reset, timeout): the network may be down. */
    public boolean isNoConnection() {
        return status == 0 && retryable;
    }

    /**
     * "HTTP 500", "No response", or for a 2xx answer that could not be read "Unreadable answer": an
     * HTTP 200 is not a failure, and "Connection problem (HTTP 200)" only confuses.
     */
    public String statusLabel() {
        if (status >= 200 && status < 300) {
            return "Unreadable answer";
        }
        return status > 0 ? "HTTP " + status : "No response";
    }

    /** The problem as plain text for the clipboard or a support ticket. */
    public String details() {
        StringBuilder text = new StringBuilder();
        line(text, "Action", action);
        line(text, "Status", statusLabel());
        line(text, "Problem", title);
        line(text, "Server message", serverMessage);
        line(text, "What to do", hint);
        line(text, "Operation", operation);
        return text.toString().strip();
    }

    /** One line for the log (no secrets: built only from fields above). */
    public String logLine() {
        return statusLabel() + " " + title + (operation.isEmpty() ? "" : " [" + operation + "]")
                + (serverMessage.isEmpty() ? "" : ": " + serverMessage);
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}
