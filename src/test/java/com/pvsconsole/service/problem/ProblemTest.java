package com.pvsconsole.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void should_not_label_an_unreadable_200_answer_as_an_http_status() {
        // given a 200 answer the console could not read
        Problem unreadable = new Problem("Load instances", 200, "Unexpected answer", "hint", "", "", false);

        // then its label does not pretend HTTP 200 was the problem
        assertThat(unreadable.statusLabel()).isEqualTo("Unreadable answer").doesNotContain("200");
    }

    @Test
    void should_label_failures_by_status_or_missing_answer() {
        assertThat(new Problem("a", 503, "t", "h", "", "", true).statusLabel()).isEqualTo("HTTP 503");
        assertThat(new Problem("a", 0, "t", "h", "", "", true).statusLabel()).isEqualTo("No response");
    }
}
