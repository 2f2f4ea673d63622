package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GETs retry through transient failures with growing waits; POST, PUT and DELETE are sent exactly once. */
class RetryTest {

    private final CancellationToken none = CancellationToken.none();
    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = fake.client();



    @Test
    void should_retry_a_get_through_a_503_burst() {
        fake.enqueue(FakePowerVs.json(503, "{}"), FakePowerVs.json(503, "{}"), FakePowerVs.json(503, "{}"),
                FakePowerVs.fixture(200, "jobs"));

        assertThat(client.listJobs(CTX, none)).hasSize(1);

        assertThat(fake.apiRequests).hasSize(4);
        // base 100 ms doubling, jitter fixed at its maximum by the test policy
        assertThat(fake.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void should_retry_a_get_on_each_transient_status(int status) {
        fake.enqueue(FakePowerVs.json(status, "{}"), FakePowerVs.fixture(200, "job"));

        assertThat(client.getJob(CTX, "j-1", none).id()).isEqualTo("id-value");
        assertThat(fake.apiRequests).hasSize(2);
    }

    @Test
    void should_give_up_after_the_bounded_number_of_attempts() {
        fake.onApi(r -> FakePowerVs.json(503, "{\"description\":\"maintenance\"}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.status()).hasValue(503);
        assertThat(e.serverMessage()).hasValue("maintenance");
        assertThat(fake.apiRequests).hasSize(4);
        assertThat(fake.sleeps).hasSize(3);
    }

    @Test
    void should_wait_as_long_as_retry_after_asks() {
        fake.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build(),
                FakePowerVs.fixture(200, "jobs"));

        client.listJobs(CTX, none);

        assertThat(fake.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void should_not_block_when_retry_after_is_longer_than_we_are_willing_to_wait() {
        fake.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> client.listJobs(CTX, none));

        assertThat(e.hintKey()).isEqualTo("status.503");
        assertThat(fake.apiRequests).hasSize(1);
        assertThat(fake.sleeps).isEmpty();
    }

    @Test
    void should_retry_a_get_after_a_dropped_connection() {
        fake.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(),
                FakePowerVs.fixture(200, "jobs"));

        assertThat(client.listJobs(CTX, none)).hasSize(1);
        assertThat(fake.sleeps).hasSize(1);
    }

    @Test
    void should_send_a_post_answered_503_exactly_once() {
        fake.onApi(r -> FakePowerVs.json(503, "{}"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> client.performInstanceAction(CTX, "vm-1", InstanceAction.STOP, none));

        assertThat(e.status()).hasValue(503);
        assertThat(fake.apiRequests).hasSize(1);
        assertThat(fake.sleeps).isEmpty();
    }

    @Test
    void should_not_resend_a_post_after_a_dropped_connection() {
        fake.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> client.createVolume(CTX, ClientCallsTest.newVolume(), none));

        assertThat(e.category()).isIn(ErrorCategory.NETWORK, ErrorCategory.TIMEOUT);
        assertThat(fake.apiRequests).hasSizeLessThanOrEqualTo(1);
        assertThat(fake.sleeps).isEmpty();
    }

    @Test
    void should_send_put_and_delete_answered_503_exactly_once() {
        fake.onApi(r -> FakePowerVs.json(503, "{}"));

        catchThrowableOfType(PowerVsException.class,
                () -> client.updateInstance(CTX, "vm-1", ClientCallsTest.resize(), none));
        catchThrowableOfType(PowerVsException.class, () -> client.deleteVolume(CTX, "vol-1", none));

        assertThat(fake.apiRequests).extracting(r -> r.getMethod()).containsExactly("PUT", "DELETE");
    }

    @Test
    void should_not_retry_a_client_error() {
        fake.onApi(r -> FakePowerVs.json(404, "{}"));

        catchThrowableOfType(PowerVsException.class, () -> client.getJob(CTX, "j-1", none));

        assertThat(fake.apiRequests).hasSize(1);
    }

    @Test
    void should_read_a_get_again_when_its_success_body_is_unreadable() {
        fake.enqueue(FakePowerVs.json(200, "{\"jobs\": [ {\"id\": "), FakePowerVs.fixture(200, "jobs"));

        assertThat(client.listJobs(CTX, none)).hasSize(1);
        assertThat(fake.apiRequests).hasSize(2);
        assertThat(fake.sleeps).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void should_not_resend_a_post_whose_success_body_is_unreadable() {
        fake.onApi(r -> FakePowerVs.json(200, "<<garbage>>"));

        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> client.createConsoleUrl(CTX, "vm-1", none));

        assertThat(e.category()).isEqualTo(ErrorCategory.BAD_RESPONSE);
        assertThat(fake.apiRequests).hasSize(1);
        assertThat(fake.sleeps).isEmpty();
    }
}
