package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String KEY = "Xk9-very-secret-api-key-value";

    @Test
    void should_never_show_the_value_in_to_string_or_concatenation() {
        Secret secret = Secret.of(KEY);

        assertThat(secret.toString()).doesNotContain(KEY).doesNotContain("Xk9");
        assertThat("key=" + secret).isEqualTo("key=Secret[redacted]");
        assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain(KEY);
    }

    @Test
    void should_copy_the_callers_array_and_hand_out_copies() {
        char[] typed = KEY.toCharArray();
        Secret secret = Secret.of(typed);
        java.util.Arrays.fill(typed, '*');

        char[] copy = secret.chars();
        copy[0] = '#';

        assertThat(secret.reveal()).isEqualTo(KEY);
    }

    @Test
    void should_wipe_the_value_when_cleared() {
        Secret secret = Secret.of(KEY);

        secret.clear();

        assertThat(secret.reveal()).doesNotContain("X").matches("\\x00+");
    }

    @Test
    void should_trim_pasted_white_space_and_compare_values() {
        Secret pasted = Secret.of("  " + KEY + "\n");

        assertThat(pasted.trimmed().sameValueAs(Secret.of(KEY))).isTrue();
        assertThat(pasted.sameValueAs(Secret.of(KEY))).isFalse();
        assertThat(Secret.of("abc").sameValueAs(Secret.of("abd"))).isFalse();
        assertThat(Secret.of("abc").sameValueAs(Secret.of(""))).isFalse();
        assertThat(Secret.of("").trimmed().isEmpty()).isTrue();
    }
}
