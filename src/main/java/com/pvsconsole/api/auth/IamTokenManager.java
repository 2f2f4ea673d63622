package com.pvsconsole.api.auth;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Keeps one IAM access token in memory and replaces it before it expires. Concurrent callers that find
 * no fresh token share a single exchange; each may stop waiting through its own cancellation token without
 * disturbing the others. A failed exchange is not cached: the next caller tries again.
 */
public final class IamTokenManager implements AccessTokenSource {

    private final IamTokenClient iam;
    private final Supplier<String> apiKey;
    private final Clock clock;
    private final Object lock = new Object();
    private AccessToken current;
    private CompletableFuture<AccessToken> pending;

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
        CompletableFuture<AccessToken> tracked = iam.exchange(key.strip()).whenComplete((token, failure) -> {
            synchronized (lock) {
                if (token != null) {
                    current = token;
                }
                pending = null; // only one exchange is ever in flight
            }
        });
        if (!tracked.isDone()) {
            pending = tracked;
        }
        return tracked;
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
