package com.pvsconsole.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.MutatingRequest;
import com.pvsconsole.api.MutationObserver;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.auth.AccessTokenSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link ApiCall} to completion: authorises it, sends it (cancellable down to the socket), replays it
 * once after a 401 with a fresh token, retries GETs on transient failures and unreadable 2xx bodies per
 * {@link RetryPolicy} (never POST, PUT or DELETE once sent; any call while no token can be had from an
 * unavailable IAM, since nothing was sent yet), and turns every failure into a {@link PowerVsException}. Logs method, path, status and
 * duration only: never headers, bodies or tokens.
 */
public final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final OkHttpClient http;
    private final OkHttpClient writes;
    private final RequestFactory requests;
    private final AccessTokenSource tokens;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final ObjectMapper json;
    private final MutationObserver mutations;

    public CallExecutor(OkHttpClient http, RequestFactory requests, AccessTokenSource tokens, RetryPolicy retry,
            Sleeper sleeper, ObjectMapper json) {
        this(http, http, requests, tokens, retry, sleeper, json);
    }

    /** {@code writes} serves POST, PUT and DELETE: same pool, longer timeouts. */
    public CallExecutor(OkHttpClient http, OkHttpClient writes, RequestFactory requests, AccessTokenSource tokens,
            RetryPolicy retry, Sleeper sleeper, ObjectMapper json) {
        this(http, writes, requests, tokens, retry, sleeper, json, MutationObserver.NONE);
    }

    /** {@code mutations} hears every POST, PUT, PATCH and DELETE once, before it is sent and as it settles. */
    public CallExecutor(OkHttpClient http, OkHttpClient writes, RequestFactory requests, AccessTokenSource tokens,
            RetryPolicy retry, Sleeper sleeper, ObjectMapper json, MutationObserver mutations) {
        this.mutations = java.util.Objects.requireNonNull(mutations, "mutations");
        this.http = http;
        this.writes = writes;
        this.requests = requests;
        this.tokens = tokens;
        this.retry = retry;
        this.sleeper = sleeper;
        this.json = json;
    }

    /** Runs the call and decodes the 2xx body as {@code type}. */
    public <T> T execute(ApiCall call, JavaType type, CancellationToken cancel) {
        return exchange(call, cancel, (status, body) -> decode(call, status, body, type));
    }

    public <T> T execute(ApiCall call, Class<T> type, CancellationToken cancel) {
        return execute(call, json.getTypeFactory().constructType(type), cancel);
    }

    /** Runs a call whose answer carries nothing the caller needs (delete, action, attach). */
    public void executeDiscardingBody(ApiCall call, CancellationToken cancel) {
        exchange(call, cancel, (status, body) -> {
            try { // read to the end all the same: an answer that never completes is a failed call, as before
                body.transferTo(OutputStream.nullOutputStream());
                return null;
            } catch (IOException linkFailed) {
                throw new UncheckedIOException(linkFailed);
            }
        });
    }

    /**
     * Decodes a 2xx body straight from the socket: a list of 10,000 instances is 16 MB of JSON,
     * which read into a {@code String} first cost up to four times that in transient heap (buffer,
     * bytes, chars, string) while the previous lists were still held (README: Performance, P6).
     */
    private <T> T decode(ApiCall call, int status, InputStream body, JavaType type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException unreadable) {
            IOException linkFailed = linkFailure(unreadable);
            if (linkFailed != null) { // Jackson wraps what the stream threw while it decoded a list
                throw new UncheckedIOException(linkFailed);
            }
            throw HttpFailures.badResponse(call.operation(), status, unreadable); // garbled, cut or empty JSON
        } catch (IOException linkFailed) { // the connection failed mid-body: a network failure, as before
            throw new UncheckedIOException(linkFailed);
        }
    }

    /** The stream's own failure (a timeout, a reset) under Jackson's wrapping, or null for a JSON problem. */
    private static IOException linkFailure(JsonProcessingException unreadable) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                return io;
            }
        }
        return null;
    }

    /** Reads a 2xx answer's body while the response is open. */
    @FunctionalInterface
    private interface BodyDecoder<T> {
        T decode(int status, InputStream body);
    }

    private <T> T exchange(ApiCall call, CancellationToken cancel, BodyDecoder<T> decoder) {
        if (call.isIdempotentRead()) {
            return logged(call, cancel, decoder);
        }
        // Once per request, not per attempt: a mutating request is sent once (a 401 replay excepted).
        MutationObserver.Ticket ticket = mutations.beforeSending(new MutatingRequest(call.endpoint(), call.crn(),
                call.operation(), call.pathValues(), call.query(), call.body()));
        T answer;
        try {
            answer = logged(call, cancel, decoder);
        } catch (PowerVsException failure) {
            ticket.failed(failure);
            throw failure;
        }
        ticket.answered(answer);
        return answer;
    }

    private <T> T logged(ApiCall call, CancellationToken cancel, BodyDecoder<T> decoder) {
        try {
            return attemptUntilDone(call, cancel, decoder);
        } catch (PowerVsException failure) {
            // One line per failed call; the message holds status, category and the server's (redacted) text.
            if (failure.category() == ErrorCategory.CANCELLED) {
                LOG.debug("{}", failure.getMessage());
            } else {
                LOG.info("{}", failure.getMessage());
            }
            throw failure;
        }
    }

    private <T> T attemptUntilDone(ApiCall call, CancellationToken cancel, BodyDecoder<T> decoder) {
        ApiOperation operation = call.operation();
        boolean replayedAfter401 = false;
        int attempt = 1;
        while (true) {
            if (cancel.isCancelled()) {
                throw NetworkFailures.cancelled(operation);
            }
            String token;
            try {
                token = tokens.token(cancel);
            } catch (PowerVsException noToken) {
                // Nothing was sent yet, so even a POST may wait for IAM to come back.
                attempt = retryTokenOrThrow(call, attempt, noToken, cancel);
                continue;
            }
            Request request = requests.build(call, token);
            Reply<T> reply;
            try {
                reply = send(request, cancel, decoder);
            } catch (PowerVsException unreadable) {
                // A garbled or cut 2xx body (a proxy, a dropped link): reading again is safe for a GET only.
                attempt = retryOrThrow(call, attempt, Optional.empty(), unreadable, cancel);
                continue;
            } catch (IOException e) {
                PowerVsException failure = NetworkFailures.fromIoException(operation, e, cancel.isCancelled());
                LOG.debug("{} {} failed on attempt {}: {}", request.method(), request.url().encodedPath(), attempt,
                        failure.hintKey());
                attempt = retryOrThrow(call, attempt, Optional.empty(), failure, cancel);
                continue;
            }
            if (reply.isSuccessful()) {
                return reply.answer();
            }
            if (reply.status() == 401 && !replayedAfter401) {
                // The token may have been revoked or expired early: one fresh token, one replay, never a loop.
                tokens.invalidate(token);
                replayedAfter401 = true;
                continue;
            }
            PowerVsException failure = HttpFailures.fromResponse(operation, reply.status(), reply.body(), json);
            if (!retry.isRetryableStatus(reply.status())) {
                throw failure;
            }
            attempt = retryOrThrow(call, attempt, RetryAfter.parse(reply.retryAfter()), failure, cancel);
        }
    }

    /** Like {@link #retryOrThrow} for a failed token exchange: retried for every call while IAM is unavailable. */
    private int retryTokenOrThrow(ApiCall call, int attempt, PowerVsException failure, CancellationToken cancel) {
        if (!failure.category().isTransient()) {
            throw failure;
        }
        return waitForAttempt(call, attempt, Optional.empty(), failure, cancel);
    }

    /** Waits and returns the next attempt number, or throws {@code failure} when the call may not be retried. */
    private int retryOrThrow(ApiCall call, int attempt, Optional<Duration> retryAfter, PowerVsException failure,
            CancellationToken cancel) {
        PowerVsException withWait = retryAfter.map(failure::withRetryAfter).orElse(failure);
        if (!call.isIdempotentRead() || failure.category() == ErrorCategory.CANCELLED) {
            throw withWait;
        }
        return waitForAttempt(call, attempt, retryAfter, withWait, cancel);
    }

    private int waitForAttempt(ApiCall call, int attempt, Optional<Duration> retryAfter, PowerVsException failure,
            CancellationToken cancel) {
        PowerVsException withWait = retryAfter.map(failure::withRetryAfter).orElse(failure);
        Duration delay = retry.delayBefore(attempt + 1, retryAfter).orElseThrow(() -> withWait);
        LOG.debug("Retrying {} in {} ms (attempt {} of {})", call.operation(), delay.toMillis(), attempt + 1,
                retry.maxAttempts());
        try {
            sleeper.sleep(delay, cancel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetworkFailures.cancelled(call.operation());
        }
        return attempt + 1;
    }

    /** Sends the request; a 2xx body is decoded while it arrives, any other is read as text. */
    private <T> Reply<T> send(Request request, CancellationToken cancel, BodyDecoder<T> decoder) throws IOException {
        Call httpCall = (request.method().equals("GET") ? http : writes).newCall(request);
        long started = HttpLog.start();
        CancellationToken.Registration cancellation = cancel.onCancel(httpCall::cancel);
        try (Response response = httpCall.execute(); ResponseBody body = response.body()) {
            if (response.isSuccessful()) {
                T answer;
                try {
                    answer = decoder.decode(response.code(), body.byteStream());
                } catch (UncheckedIOException linkFailed) {
                    throw linkFailed.getCause(); // logged as failed below
                } catch (PowerVsException unreadable) {
                    HttpLog.answered(request, response.code(), started);
                    throw unreadable;
                }
                HttpLog.answered(request, response.code(), started);
                return new Reply<>(response.code(), null, null, answer);
            }
            String text = body.string();
            HttpLog.answered(request, response.code(), started);
            return new Reply<>(response.code(), text, response.header("Retry-After"), null);
        } catch (IOException e) {
            HttpLog.failed(request, e, started);
            throw e;
        } finally {
            cancellation.close();
        }
    }

    /** A complete HTTP answer: a 2xx one decoded ({@code answer}), any other with its body as text. */
    private record Reply<T>(int status, String body, String retryAfter, T answer) {
        boolean isSuccessful() {
            return status >= 200 && status < 300;
        }
    }
}
