package com.pvsconsole.service.problem;

import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.ErrorSummary;
import com.pvsconsole.api.PowerVsException;
import java.io.IOException;
import java.time.Duration;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any failure into a {@link Problem}; the one place where exceptions become words. */
public final class Problems {

    private Problems() {
    }

    public static Problem describe(String action, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException known) {
            return known.problem();
        }
        if (cause instanceof PowerVsException api) {
            ErrorSummary summary = api.summary();
            return new Problem(action, api.status().orElse(0), summary.title(), summary.hint(),
                    summary.serverMessage().orElse(""), api.operation().toString(), api.category().isTransient(),
                    api.retryAfter().orElse(Duration.ZERO), api.category() == ErrorCategory.AUTH);
        }
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
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof UncheckedIOException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
