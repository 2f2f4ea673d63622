package com.pvsconsole.service.problem;

import java.io.IOException;
import java.io.InterruptedIOException;

/** Turns any failure into a {@link Problem}; the one place where exceptions become words. */
public final class Problems {

    private Problems() {
    }

    public static Problem describe(String action, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof InterruptedIOException || cause instanceof InterruptedException) {
            return new Problem(action, 0, "The call was interrupted",
                    "Try again; if it keeps happening, check your network connection.", "", "", true);
        }
        if (cause instanceof IOException) {
            return new Problem(action, 0, "Network problem",
                    "Check your network connection and try again.", "", "", true);
        }
        return new Problem(action, 0, "Unexpected error (" + cause.getClass().getSimpleName() + ")",
                "Try again. If it happens again, copy these details and report them.", "", "", false);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException
                || current instanceof java.io.UncheckedIOException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
