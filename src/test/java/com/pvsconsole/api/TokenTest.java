package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pvsconsole.testsupport.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IAM token lifecycle: reuse, refresh before expiry, one shared refresh, one replay after 401, IAM errors. */
class TokenTest {

    private final CancellationToken none = CancellationToken.none();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = OkHttpPowerVsClient.create(fake.config().clock(clock).build());



    @Test
    void should_reuse_the_token_while_it_is_fresh() {
        client.listJobs(CTX, none);
        clock.advance(Duration.ofMinutes(40));
        client.listJobs(CTX, none);

        assertThat(fake.tokenRequests).hasValue(1);
        assertThat(fake.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
                .containsOnly("Bearer " + FakePowerVs.tokenValue(1));
    }

    @Test
    void should_refresh_the_token_before_it_expires() {
        client.listJobs(CTX, none);
        clock.advance(Duration.ofMinutes(49)); // past 80% of expires_in=3600, still 11 minutes before expiry
        client.listJobs(CTX, none);

        assertThat(fake.tokenRequests).hasValue(2);
        assertThat(fake.lastApiRequest().getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + FakePowerVs.tokenValue(2));
    }

    @Test
    void should_make_ten_concurrent_calls_share_one_token_request() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fake.onToken(n -> {
            awaitQuietly(release);
            return FakePowerVs.issueToken(n);
        });
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> client.listJobs(CTX, none)));
            }
            Eventually.until("a token request", Duration.ofSeconds(10), () -> fake.tokenRequests.get() >= 1);
            release.countDown();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fake.tokenRequests).hasValue(1);
        assertThat(fake.apiRequests).hasSize(10);
    }

    @Test
    void should_refresh_once_and_replay_once_after_a_401() {
        fake.enqueue(FakePowerVs.json(401, "{\"description\":\"token revoked\"}"), FakePowerVs.fixture(200, "jobs"));

        assertThat(client.listJobs(CTX, none)).hasSize(1);

        assertThat(fake.tokenRequests).hasValue(2);
        assertThat(fake.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer " + FakePowerVs.tokenValue(1), "Bearer " + FakePowerVs.tokenValue(2));
    }

    @Test
    void should_surface_a_second_401_instead_of_looping() {
        fake.onApi(r -> FakePowerVs.json(401, "{\"description\":\"not authorized\"}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
        assertThat(e.hintKey()).isEqualTo("status.401.apikey");
        assertThat(fake.apiRequests).hasSize(2);
        assertThat(fake.tokenRequests).hasValue(2);
    }

    @Test
    void should_replay_a_post_once_after_a_401_because_it_was_never_processed() {
        fake.enqueue(FakePowerVs.json(401, "{}"), FakePowerVs.json(200, "{}"));

        client.performInstanceAction(CTX, "vm-1", InstanceAction.START, none);

        assertThat(fake.apiRequests).hasSize(2);
    }

    @Test
    void should_explain_an_api_key_iam_does_not_know() {
        fake.onToken(n -> FakePowerVs.json(400, "{\"context\":{\"requestId\":\"r1\"},\"errorCode\":\"BXNIM0415E\","
                + "\"errorMessage\":\"Provided API key could not be found.\"}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
        assertThat(e.hintKey()).isEqualTo("iam.key_rejected");
        assertThat(e.serverMessage()).hasValue("Provided API key could not be found.");
        assertThat(e.operation().pathTemplate()).isEqualTo("/identity/token");
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_explain_a_disabled_api_key() {
        fake.onToken(n -> FakePowerVs.json(400, "{\"errorCode\":\"BXNIM0436E\","
                + "\"errorMessage\":\"The API key is disabled.\",\"context\":{}}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("iam.key_disabled");
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
    }

    @Test
    void should_treat_iam_403_as_a_disabled_key() {
        fake.onToken(n -> FakePowerVs.json(403, "{}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("iam.key_disabled");
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTH);
    }

    @Test
    void should_treat_iam_5xx_as_unavailable() {
        fake.onToken(n -> new MockResponse.Builder().code(503).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("iam.unavailable");
        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
    }

    @Test
    void should_retry_a_token_exchange_while_iam_is_unavailable_and_not_cache_the_failure() {
        fake.onToken(n -> n == 1 ? FakePowerVs.json(500, "{}") : FakePowerVs.issueToken(n));

        client.performInstanceAction(CTX, "vm-1", InstanceAction.STOP, none);

        assertThat(fake.tokenRequests).hasValue(2);
        assertThat(fake.apiRequests).as("the POST itself went out once, after IAM came back").hasSize(1);
        assertThat(fake.sleeps).hasSize(1);
    }

    @Test
    void should_not_retry_a_token_exchange_that_iam_refused() {
        fake.onToken(n -> FakePowerVs.json(400, "{\"errorCode\":\"BXNIM0415E\","
                + "\"errorMessage\":\"Provided API key could not be found.\"}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("iam.key_rejected");
        assertThat(fake.tokenRequests).hasValue(1);
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_answer_a_refused_key_from_memory_instead_of_asking_iam_again() {
        // given: IAM does not know the key
        fake.onToken(n -> FakePowerVs.json(400, KEY_NOT_FOUND));

        // when: three calls need a token, as a start-up's region discoveries do
        List<PowerVsException> failures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            failures.add(catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none)));
        }

        // then: IAM was asked once, and every caller got its answer
        assertThat(fake.tokenRequests).hasValue(1);
        assertThat(failures).extracting(PowerVsException::hintKey).containsOnly("iam.key_rejected");
        assertThat(failures).allSatisfy(e -> assertThat(e.serverMessage()).hasValue("Provided API key could not be found."));
        assertThat(fake.apiRequests).isEmpty();
    }

    @Test
    void should_ask_iam_again_about_a_refused_key_once_the_refusal_is_old() {
        fake.onToken(n -> n == 1 ? FakePowerVs.json(400, KEY_NOT_FOUND) : FakePowerVs.issueToken(n));
        catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        // when: the key was re-enabled in IBM Cloud and the next refresh comes after the refusal expired
        clock.advance(Duration.ofSeconds(16)); // the refusal is kept 15 s
        client.listJobs(CTX, none);

        assertThat(fake.tokenRequests).hasValue(2);
        assertThat(fake.apiRequests).hasSize(1);
    }

    @Test
    void should_exchange_a_changed_key_at_once_after_a_refusal() {
        // given: the user's first key was refused
        AtomicReference<String> key = new AtomicReference<>("typo-key");
        PowerVsClient edited = OkHttpPowerVsClient.create(fake.config(key::get).clock(clock).build());
        fake.onToken(n -> n == 1 ? FakePowerVs.json(400, KEY_NOT_FOUND) : FakePowerVs.issueToken(n));
        catchThrowableOfType(PowerVsException.class, () -> edited.listJobs(CTX, none));

        // when: the key is corrected, well within the time a refusal is kept
        key.set(FakePowerVs.API_KEY);
        edited.listJobs(CTX, none);

        // then: the new key went to IAM, and the call went through
        assertThat(fake.tokenRequests).hasValue(2);
        assertThat(fake.apiRequests).hasSize(1);
    }

    private static final String KEY_NOT_FOUND = "{\"errorCode\":\"BXNIM0415E\","
            + "\"errorMessage\":\"Provided API key could not be found.\"}";

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
