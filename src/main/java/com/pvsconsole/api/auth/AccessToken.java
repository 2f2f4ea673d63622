package com.pvsconsole.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An IAM access token held in memory only. {@link #toString()} never shows the value, so a token that
 * ends up in a log statement by mistake stays secret.
 */
public record AccessToken(String value, Instant obtainedAt, Instant expiresAt) {

    /** Refresh once this share of the lifetime has passed (IBM's SDKs refresh at 80% too). */
    private static final double REFRESH_AT = 0.8;

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static AccessToken issued(String value, Instant now, long expiresInSeconds) {
        return new AccessToken(value, now, now.plusSeconds(Math.max(0, expiresInSeconds)));
    }

    /** When this token should be replaced, well before it expires. */
    public Instant refreshAt() {
        long lifetimeMillis = Duration.between(obtainedAt, expiresAt).toMillis();
        return obtainedAt.plusMillis((long) (lifetimeMillis * REFRESH_AT));
    }

    public boolean isFresh(Instant now) {
        return now.isBefore(refreshAt());
    }

    @Override
    public String toString() {
        return "AccessToken[value=<redacted>, expiresAt=" + expiresAt + "]";
    }
}
