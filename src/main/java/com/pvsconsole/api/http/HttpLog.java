package com.pvsconsole.api.http;

import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request lines of every HTTP exchange, Power VS and IAM alike, under one logger in this package (the
 * app's "HTTP trace" switch turns it to DEBUG). Only method, host, path, status and duration: never headers,
 * query strings or bodies, so no token, key or form field can reach a log through here.
 */
public final class HttpLog {

    private static final Logger LOG = LoggerFactory.getLogger(HttpLog.class);

    private HttpLog() {
    }

    public static long start() {
        return System.nanoTime();
    }

    public static void answered(Request request, int status, long startedNanos) {
        LOG.debug("{} {}{} -> {} in {} ms", request.method(), request.url().host(), request.url().encodedPath(),
                status, elapsedMillis(startedNanos));
    }

    public static void failed(Request request, Exception failure, long startedNanos) {
        LOG.debug("{} {}{} failed after {} ms: {}", request.method(), request.url().host(),
                request.url().encodedPath(), elapsedMillis(startedNanos), failure.getClass().getSimpleName());
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
