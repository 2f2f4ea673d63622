package com.pvsconsole.sim.http;

/** Ends a request with an HTTP error answered as the definition's {@code Error} model. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, what + " " + id + " does not exist");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /**
     * Well-formed values the service will not carry out (a size out of range, a shrink, a deprecated source):
     * 422 where the operation lists it, else the handler falls back to 400.
     */
    public static ApiException unprocessable(String message) {
        return new ApiException(422, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }
}
