package com.pvsconsole.api;

import com.pvsconsole.api.model.ApiError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one failure type of the API client: what went wrong ({@link ErrorCategory}), for which operation,
 * the HTTP status if the server answered, the server's {@code Error} body or a short excerpt of a non-JSON
 * body, and a catalog key for the user-facing title and recovery hint.
 */
public final class PowerVsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;
    private final ApiOperation operation;
    private final Integer status;
    private final transient ApiError error;
    private final String rawBodyExcerpt;
    private final String hintKey;
    private final Duration retryAfter;

    private PowerVsException(Builder b) {
        super(describe(b), b.cause);
        this.category = b.category;
        this.operation = b.operation;
        this.status = b.status;
        this.error = b.error;
        this.rawBodyExcerpt = b.rawBodyExcerpt;
        this.hintKey = b.hintKey;
        this.retryAfter = b.retryAfter;
    }

    /** How long the server asked callers to wait ({@code Retry-After} of a 429 or 503), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The same failure, carrying the server's {@code Retry-After}. */
    public PowerVsException withRetryAfter(Duration wait) {
        Builder copy = new Builder(category, operation, hintKey);
        copy.status = status;
        copy.error = error;
        copy.rawBodyExcerpt = rawBodyExcerpt;
        copy.cause = getCause();
        copy.retryAfter = wait;
        return copy.build();
    }

    public static Builder builder(ErrorCategory category, ApiOperation operation, String hintKey) {
        return new Builder(category, operation, hintKey);
    }

    /** Bad input detected before any network call. */
    public static PowerVsException invalidInput(String hintKey, String detail) {
        return builder(ErrorCategory.INVALID_INPUT, ApiOperation.local("input"), hintKey).detail(detail).build();
    }

    public ErrorCategory category() {
        return category;
    }

    public ApiOperation operation() {
        return operation;
    }

    /** HTTP status, empty for failures without an answer (network, cancellation, bad input). */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The parsed {@code Error} body (code, description, error, message), if the server sent JSON. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** The start of the response body when it was not JSON (an HTML proxy page, plain text). */
    public Optional<String> rawBodyExcerpt() {
        return Optional.ofNullable(rawBodyExcerpt);
    }

    /** Key into {@link HintCatalog}, e.g. {@code status.404} or {@code network.dns}. */
    public String hintKey() {
        return hintKey;
    }

    /** What to show a user: title, hint and the server's message, never a stack trace. */
    public ErrorSummary summary(HintCatalog catalog) {
        return new ErrorSummary(catalog.title(hintKey), catalog.hint(hintKey), serverMessage());
    }

    public ErrorSummary summary() {
        return summary(HintCatalog.forDefaultLocale());
    }

    /** The most specific text the server gave: message, then description, then error, then raw excerpt. */
    public Optional<String> serverMessage() {
        if (error != null) {
            for (String candidate : new String[] {error.message(), error.description(), error.error()}) {
                if (candidate != null && !candidate.isBlank()) {
                    return Optional.of(candidate.strip());
                }
            }
        }
        return rawBodyExcerpt().filter(s -> !s.isBlank());
    }

    private static String describe(Builder b) {
        StringBuilder text = new StringBuilder().append(b.operation);
        if (b.status != null) {
            text.append(" -> ").append(b.status);
        }
        text.append(" [").append(b.category).append(']');
        if (b.detail != null) {
            text.append(": ").append(b.detail);
        }
        if (b.error != null && b.error.message() != null) {
            text.append(": ").append(b.error.message());
        } else if (b.error != null && b.error.description() != null) {
            text.append(": ").append(b.error.description());
        } else if (b.rawBodyExcerpt != null) {
            text.append(": ").append(b.rawBodyExcerpt);
        }
        return text.toString();
    }

    /** Assembles an exception; only category, operation and hint key are required. */
    public static final class Builder {
        private final ErrorCategory category;
        private final ApiOperation operation;
        private final String hintKey;
        private Integer status;
        private ApiError error;
        private String rawBodyExcerpt;
        private String detail;
        private Throwable cause;
        private Duration retryAfter;

        private Builder(ErrorCategory category, ApiOperation operation, String hintKey) {
            this.category = Objects.requireNonNull(category, "category");
            this.operation = Objects.requireNonNull(operation, "operation");
            this.hintKey = Objects.requireNonNull(hintKey, "hintKey");
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder error(ApiError error) {
            this.error = error;
            return this;
        }

        public Builder rawBodyExcerpt(String excerpt) {
            this.rawBodyExcerpt = excerpt;
            return this;
        }

        /** Extra text for the log message (never shown to users as is). */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public PowerVsException build() {
            return new PowerVsException(this);
        }
    }
}
