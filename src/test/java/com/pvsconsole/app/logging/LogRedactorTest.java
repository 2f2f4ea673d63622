package com.pvsconsole.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.accounts.Secret;
import org.junit.jupiter.api.Test;

class LogRedactorTest {

    private final LogRedactor redactor = new LogRedactor();

    @Test
    void should_mask_tokens_and_keys_by_their_shape() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

        assertThat(redactor.redact("Authorization: Bearer abc.def-ghi_123")).isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(redactor.redact("grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=K3y-Value_42&x=1"))
                .isEqualTo("grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=[REDACTED]&x=1");
        assertThat(redactor.redact("{\"access_token\":\"tok1\",\"refresh_token\": \"tok2\",\"expires_in\":3600}"))
                .isEqualTo("{\"access_token\":\"[REDACTED]\",\"refresh_token\": \"[REDACTED]\",\"expires_in\":3600}");
        assertThat(redactor.redact("token " + jwt + " expired")).isEqualTo("token [REDACTED] expired");
        assertThat(redactor.redact("Basic dXNlcjpwYXNzd29yZA==")).isEqualTo("Basic [REDACTED]");
    }

    @Test
    void should_mask_the_token_of_a_console_url() {
        String url = "https://console.example/vnc.html?host=h&token=Zx9-secret_Tok3n&path=websockify";

        assertThat(redactor.redact("opening " + url))
                .isEqualTo("opening https://console.example/vnc.html?host=h&token=[REDACTED]&path=websockify");
    }

    @Test
    void should_mask_registered_values_anywhere_and_stop_after_unregistering() {
        Secret key = Secret.of("plainlookingkey0123");
        redactor.register(key);

        assertThat(redactor.redact("oops key plainlookingkey0123 in text")).isEqualTo("oops key [REDACTED] in text");

        redactor.unregister(key);
        assertThat(redactor.redact("plainlookingkey0123")).isEqualTo("plainlookingkey0123");
    }

    @Test
    void should_leave_ordinary_text_and_short_registered_values_alone() {
        redactor.register(Secret.of("abc"));

        assertThat(redactor.redact("Instance abc is ACTIVE in dal10")).isEqualTo("Instance abc is ACTIVE in dal10");
        assertThat(redactor.redact(null)).isNull();
    }
}
