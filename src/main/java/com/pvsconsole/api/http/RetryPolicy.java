package com.pvsconsole.api.http;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying an idempotent (GET) call: statuses 408, 429, 500, 502, 503,
 * 504 and I/O failures, at most {@code maxAttempts} tries, exponential backoff with jitter, and the
 * server's {@code Retry-After} honoured (a Retry-After longer than {@code maxRetryAfter} ends the retries).
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
            DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), Math::random);
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public boolean isRetryableStatus(int status) {
        return RETRYABLE.contains(status);
    }

    /**
     * The wait before attempt {@code nextAttempt} (2 = first retry), or empty when the retry should not
     * happen (attempts used up, or the server asks for a longer pause than we are willing to block for).
     */
    public Optional<Duration> delayBefore(int nextAttempt, Optional<Duration> retryAfter) {
        if (nextAttempt > maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(asked);
        }
        long exponential = baseDelay.toMillis() << Math.min(nextAttempt - 2, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        // "Equal jitter": half fixed, half random, so concurrent clients spread out but never retry instantly.
        long jittered = capped / 2 + Math.round(random.getAsDouble() * (capped - capped / 2));
        return Optional.of(Duration.ofMillis(jittered));
    }
}
