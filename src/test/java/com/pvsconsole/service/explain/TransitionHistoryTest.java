package com.pvsconsole.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitionHistoryTest {

    @TempDir
    Path cache;

    private void seed(String json) throws Exception {
        Files.writeString(cache.resolve(TransitionHistory.FILE_NAME), json);
    }

    @Test
    void should_estimate_the_median_of_a_seeded_history_per_zone_and_kind() throws Exception {
        seed("{\"version\":1,\"seconds\":{\"dal10|BUILD\":[600,720,900,660,3000],\"lon04|BUILD\":[300]}}");

        TransitionHistory history = TransitionHistory.open(cache);

        assertThat(history.estimate("dal10", TransitionHistory.Kind.BUILD))
                .contains(new TransitionHistory.Estimate(Duration.ofSeconds(720), 5));
        assertThat(history.estimate("lon04", TransitionHistory.Kind.BUILD).orElseThrow().typical())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(history.estimate("dal10", TransitionHistory.Kind.CAPTURE)).isEmpty();
    }

    @Test
    void should_call_a_transition_slower_than_usual_only_past_three_times_the_estimate() throws Exception {
        seed("{\"version\":1,\"seconds\":{\"dal10|ATTACH\":[60,60,60]}}");
        TransitionHistory history = TransitionHistory.open(cache);

        assertThat(history.assess("dal10", TransitionHistory.Kind.ATTACH, Duration.ofSeconds(180)).slowerThanUsual())
                .isFalse();
        assertThat(history.assess("dal10", TransitionHistory.Kind.ATTACH, Duration.ofSeconds(181)).slowerThanUsual())
                .isTrue();
        assertThat(history.assess("syd04", TransitionHistory.Kind.ATTACH, Duration.ofHours(5)).slowerThanUsual())
                .isFalse();
    }

    @Test
    void should_keep_what_it_learns_across_restarts_in_an_owner_only_file() throws Exception {
        TransitionHistory.open(cache).record("dal12", TransitionHistory.Kind.STOP, Duration.ofSeconds(42));

        TransitionHistory reopened = TransitionHistory.open(cache);

        assertThat(reopened.estimate("dal12", TransitionHistory.Kind.STOP).orElseThrow().typical())
                .isEqualTo(Duration.ofSeconds(42));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                cache.resolve(TransitionHistory.FILE_NAME)))).isEqualTo("rw-------");
        try (var files = Files.list(cache)) {
            assertThat(files).containsExactly(cache.resolve(TransitionHistory.FILE_NAME));
        }
    }

    @Test
    void should_start_afresh_from_a_damaged_file() throws Exception {
        seed("{\"version\":1,\"seconds\":{\"dal10|BUILD\":[600,");

        TransitionHistory history = TransitionHistory.open(cache);
        history.record("dal10", TransitionHistory.Kind.BUILD, Duration.ofSeconds(100));

        assertThat(history.estimate("dal10", TransitionHistory.Kind.BUILD).orElseThrow().samples()).isEqualTo(1);
    }
}
