package com.pvsconsole.api;

/** What kind of failure a {@link PowerVsException} is, so callers react without parsing messages. */
public enum ErrorCategory {
    /** Bad input caught before any network call (malformed CRN, unknown region, empty API key). */
    INVALID_INPUT(false),
    /** 401, or IAM refused the API key: the user must sign in again or fix the key. */
    AUTH(false),
    /** 403: signed in but not allowed. */
    FORBIDDEN(false),
    /** 400 or 422: the request itself was rejected; the user has to change something. */
    INVALID_REQUEST(false),
    /** 404 or 410. */
    NOT_FOUND(false),
    /** 409: usually "already in the requested state". */
    CONFLICT(false),
    /** 429. */
    RATE_LIMITED(true),
    /** 408 or a socket timeout. */
    TIMEOUT(true),
    /** 500, 502, 503, 504 and other 5xx. */
    SERVER(true),
    /** DNS, connection refused, TLS and other I/O failures. */
    NETWORK(true),
    /** The caller cancelled the call. */
    CANCELLED(false),
    /** The server answered success but the body could not be read as the documented model. */
    BAD_RESPONSE(false);

    private final boolean transientFailure;

    ErrorCategory(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** True when waiting and trying again may succeed without the user changing anything. */
    public boolean isTransient() {
        return transientFailure;
    }
}
