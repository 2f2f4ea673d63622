package com.pvsconsole.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void should_back_off_exponentially_with_jitter_up_to_the_cap() {
        RetryPolicy high = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(30),
                () -> 1.0);
        RetryPolicy low = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(30),
                () -> 0.0);

        assertThat(high.delayBefore(2, Optional.empty())).hasValue(Duration.ofMillis(500));
        assertThat(high.delayBefore(3, Optional.empty())).hasValue(Duration.ofMillis(1000));
        assertThat(high.delayBefore(4, Optional.empty())).hasValue(Duration.ofMillis(2000));
        assertThat(high.delayBefore(5, Optional.empty())).hasValue(Duration.ofMillis(3000));
        assertThat(low.delayBefore(3, Optional.empty())).as("jitter keeps at least half").hasValue(Duration.ofMillis(500));
    }

    @Test
    void should_stop_after_max_attempts() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.delayBefore(policy.maxAttempts(), Optional.empty())).isPresent();
        assertThat(policy.delayBefore(policy.maxAttempts() + 1, Optional.empty())).isEmpty();
        assertThat(RetryPolicy.none().delayBefore(2, Optional.empty())).isEmpty();
    }

    @Test
    void should_honour_retry_after_within_limits() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.delayBefore(2, Optional.of(Duration.ofSeconds(12)))).hasValue(Duration.ofSeconds(12));
        assertThat(policy.delayBefore(2, Optional.of(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void should_read_retry_after_as_seconds_or_http_date() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(RetryAfter.parse("5", now)).hasValue(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 10:00:20 GMT", now)).hasValue(Duration.ofSeconds(20));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 09:00:00 GMT", now)).hasValue(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-3", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void should_retry_only_transient_statuses() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(java.util.List.of(408, 429, 500, 502, 503, 504)).allMatch(policy::isRetryableStatus);
        assertThat(java.util.List.of(400, 401, 403, 404, 409, 410, 422, 501)).noneMatch(policy::isRetryableStatus);
    }

    @Test
    void should_mask_credentials_in_text() {
        String text = "Authorization: Bearer eyJhbGciOi.abc-DEF_123 grant_type=x&apikey=k3y-value&z=1 "
                + "{\"access_token\":\"tok\",\"refresh_token\":\"ref\"}";

        String redacted = SecretRedactor.redact(text);

        assertThat(redacted).doesNotContain("eyJhbGciOi", "k3y-value", "\"tok\"", "\"ref\"")
                .contains("Bearer <redacted>", "apikey=<redacted>&z=1");
    }
}
