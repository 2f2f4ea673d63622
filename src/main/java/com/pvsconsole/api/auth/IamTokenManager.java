package com.pvsconsole.api.auth;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Keeps one IAM access token in memory and replaces it before it expires. Concurrent callers that find
 * no fresh token share a single exchange; each may stop waiting through its own cancellation token without
 * disturbing the others. A failed exchange that another try may fix (IAM unavailable, no answer) is not
 * kept: the next caller tries again. A key IAM refused (unknown, disabled, request rejected) is: for
 * {@link #REFUSAL_KEPT} the same key gets the same answer without a call, so a start that discovers 13
 * regions with a wrong key asks IAM once, not 13 times. A different key is exchanged at once.
 */
public final class IamTokenManager implements AccessTokenSource {

    private final IamTokenClient iam;
    private final Supplier<String> apiKey;
    private final Clock clock;
    private final Object lock = new Object();
    private AccessToken current;
    private CompletableFuture<AccessToken> pending;
    /** The last refusal, with a digest of the key it was for (the key itself is not kept twice). */
    private Refusal refusal;

    /**
     * How long a refused key is answered from memory. Long enough to cover a start-up's burst of
     * discoveries (about a second for 13 regions); short enough that the user's Retry, once the key
     * is re-enabled in IBM Cloud, really asks IAM again (a review found 2 minutes answered Retry
     * from memory while the page said "last checked" now).
     */
    static final Duration REFUSAL_KEPT = Duration.ofSeconds(15);

    public IamTokenManager(IamTokenClient iam, Supplier<String> apiKey, Clock clock) {
        this.iam = Objects.requireNonNull(iam, "iam");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String token(CancellationToken cancel) {
        CompletableFuture<AccessToken> shared;
        synchronized (lock) {
            if (current != null && current.isFresh(clock.instant())) {
                return current.value();
            }
            shared = pending != null ? pending : startExchange();
        }
        return await(shared, cancel).value();
    }

    @Override
    public void invalidate(String rejectedToken) {
        synchronized (lock) {
            if (current != null && current.value().equals(rejectedToken)) {
                current = null;
            }
        }
    }

    /**
     * Called with {@code lock} held. The state update is chained before the future callers wait on, so a
     * caller that wakes up always sees the new token (or no pending exchange after a failure).
     */
    private CompletableFuture<AccessToken> startExchange() {
        String key = apiKey.get();
        if (key == null || key.isBlank()) {
            throw PowerVsException.invalidInput("input.apikey.empty", "No API key configured");
        }
        byte[] digest = digest(key.strip());
        if (refusal != null && refusal.isFor(digest, clock.instant())) {
            return CompletableFuture.failedFuture(refusal.failure());
        }
        CompletableFuture<AccessToken> tracked = iam.exchange(key.strip()).whenComplete((token, failure) -> {
            synchronized (lock) {
                if (token != null) {
                    current = token;
                    refusal = null;
                } else if (unwrap(failure) instanceof PowerVsException p && isRefusal(p)) {
                    refusal = new Refusal(digest, p, clock.instant().plus(REFUSAL_KEPT));
                }
                pending = null; // only one exchange is ever in flight
            }
        });
        if (!tracked.isDone()) {
            pending = tracked;
        }
        return tracked;
    }

    /** IAM said no to this key: asking again with it cannot succeed until someone changes the key. */
    private static boolean isRefusal(PowerVsException failure) {
        return failure.category() == ErrorCategory.AUTH || failure.category() == ErrorCategory.INVALID_REQUEST;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A refused key's digest, IAM's answer and until when that answer is given again without asking. */
    private record Refusal(byte[] keyDigest, PowerVsException failure, Instant until) {
        boolean isFor(byte[] digest, Instant now) {
            return now.isBefore(until) && MessageDigest.isEqual(keyDigest, digest);
        }
    }

    private static AccessToken await(CompletableFuture<AccessToken> shared, CancellationToken cancel) {
        // A private view of the shared exchange, so cancelling this caller does not cancel the others.
        CompletableFuture<AccessToken> mine = shared.thenApply(t -> t);
        CancellationToken.Registration cancellation = cancel.onCancel(() -> mine.cancel(false));
        try {
            return mine.join();
        } catch (CancellationException e) {
            throw PowerVsException.builder(ErrorCategory.CANCELLED, IamTokenClient.OPERATION, "cancelled").build();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PowerVsException p) {
                throw p;
            }
            throw PowerVsException.builder(ErrorCategory.BAD_RESPONSE, IamTokenClient.OPERATION, "response.invalid")
                    .cause(e.getCause()).build();
        } finally {
            cancellation.close();
        }
    }
}
