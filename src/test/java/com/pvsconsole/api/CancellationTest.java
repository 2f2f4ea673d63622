package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.http.RetryPolicy;
import com.pvsconsole.testsupport.Eventually;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cancelling a token aborts the socket, the retry wait or the token wait, and reports CANCELLED. */
class CancellationTest {

    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();



    @Test
    void should_abort_an_in_flight_call_when_cancelled() throws Exception {
        PowerVsClient client = fake.client();
        fake.onApi(r -> new MockResponse.Builder().code(200).body("{}").headersDelay(30, TimeUnit.SECONDS).build());
        CancellationToken cancel = new CancellationToken();

        CompletableFuture<Throwable> outcome = failureOf(() -> client.listJobs(CTX, cancel));
        Eventually.until("the request to arrive", Duration.ofSeconds(10), () -> fake.apiRequests.size() == 1);
        long started = System.nanoTime();
        cancel.cancel();

        PowerVsException e = (PowerVsException) outcome.get(5, TimeUnit.SECONDS);
        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(e.hintKey()).isEqualTo("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void should_stop_retrying_when_cancelled_during_backoff() throws Exception {
        fake.onApi(r -> FakePowerVs.json(503, "{}"));
        CancellationToken cancel = new CancellationToken();
        PowerVsClient client = OkHttpPowerVsClient.create(fake.config()
                .retryPolicy(new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30),
                        () -> 1.0))
                .sleeper((delay, token) -> {
                    token.cancel(); // the user cancels while we wait
                    token.awaitCancellation(delay);
                }).build());

        PowerVsException e = (PowerVsException) failureOf(() -> client.listJobs(CTX, cancel)).get(5, TimeUnit.SECONDS);

        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(fake.apiRequests).hasSize(1);
    }

    @Test
    void should_send_nothing_when_already_cancelled() throws Exception {
        PowerVsClient client = fake.client();
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        PowerVsException e = (PowerVsException) failureOf(() -> client.listJobs(CTX, cancel)).get(5, TimeUnit.SECONDS);

        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_let_one_caller_stop_waiting_for_a_token_without_failing_the_others() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fake.onToken(n -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakePowerVs.issueToken(n);
        });
        PowerVsClient client = fake.client();
        CancellationToken impatient = new CancellationToken();

        CompletableFuture<Throwable> first = failureOf(() -> client.listJobs(CTX, impatient));
        Eventually.until("the token request to arrive", Duration.ofSeconds(10), () -> fake.tokenRequests.get() == 1);
        CompletableFuture<Throwable> second = failureOf(() -> client.listJobs(CTX, CancellationToken.none()));
        impatient.cancel();
        PowerVsException cancelled = (PowerVsException) first.get(5, TimeUnit.SECONDS);
        release.countDown();

        assertThat(cancelled.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(second.get(5, TimeUnit.SECONDS)).as("the patient caller succeeds").isNull();
        assertThat(fake.tokenRequests).hasValue(1);
    }

    /** Runs {@code call} on another thread; completes with its exception, or null if it succeeded. */
    private static CompletableFuture<Throwable> failureOf(Runnable call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                call.run();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
    }

}
