package com.pvsconsole.sim.faults;

import java.util.Locale;

/** What a fault does to a matching request. */
public enum FaultType {
    /** Adds delay, then the request is served normally. */
    LATENCY,
    /** Answers a status code (408, 429, 500, 503, ...) with the Error body. */
    STATUS,
    /** Closes the connection without an answer. */
    RESET,
    /** Answers 200 with a body that is not JSON. */
    MALFORMED,
    /** Answers the real body cut in half. */
    TRUNCATED,
    /** Answers an HTML error page, as a proxy in front of the service would. */
    HTML;

    public static FaultType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault type " + text
                    + " (latency, status, reset, malformed, truncated, html)", e);
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
