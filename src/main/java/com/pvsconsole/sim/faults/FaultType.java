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
    HTML,
    /** Answers the real status and headers at once, then trickles the body over {@code latencyMs} (default 10 s). */
    SLOW,
    /**
     * Serves the request (the change happens), then closes the connection without the answer: the case where a
     * client must not resend a POST it cannot know failed.
     */
    RESET_AFTER;

    public static FaultType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault type " + text
                    + " (latency, status, reset, reset-after, malformed, truncated, html, slow)", e);
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
