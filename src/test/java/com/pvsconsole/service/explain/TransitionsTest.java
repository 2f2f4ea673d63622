package com.pvsconsole.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.sim.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running transitions timed against a seeded history in the cache folder. */
class TransitionsTest {

    @TempDir
    Path cache;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final List<Transitions.Ended> ended = new ArrayList<>();

    private Transitions seeded(String json) throws Exception {
        Files.writeString(cache.resolve(TransitionHistory.FILE_NAME), json);
        Transitions transitions = new Transitions(TransitionHistory.open(cache), clock);
        transitions.addListener(new Transitions.Listener() {
            @Override
            public void ended(Transitions.Ended end) {
                ended.add(end);
            }
        });
        return transitions;
    }

    @Test
    void should_estimate_a_running_build_from_the_seeded_history_of_its_own_zone() throws Exception {
        // given builds in dal10 that took 10, 12 and 14 minutes, and one in lon04 that took 2
        Transitions transitions = seeded("{\"version\":1,\"seconds\":{\"dal10|BUILD\":[600,720,840],"
                + "\"lon04|BUILD\":[120]}}");

        // when a build starts in dal10 and runs 5 minutes
        transitions.begin("dal10", TransitionHistory.Kind.BUILD, "srv-1", "web01");
        clock.advance(Duration.ofMinutes(5));

        // then it is estimated at the dal10 median, not the lon04 one, and not slow
        TransitionHistory.Assessment pace = transitions.assess("srv-1").orElseThrow();
        assertThat(pace.elapsed()).isEqualTo(Duration.ofMinutes(5));
        assertThat(pace.estimate().orElseThrow().typical()).isEqualTo(Duration.ofMinutes(12));
        assertThat(pace.estimate().orElseThrow().samples()).isEqualTo(3);
        assertThat(transitions.slowerThanUsual("srv-1")).isFalse();
    }

    @Test
    void should_mark_a_transition_slower_than_usual_only_past_three_times_its_usual_time() throws Exception {
        // given stops in dal12 usually take a minute
        Transitions transitions = seeded("{\"version\":1,\"seconds\":{\"dal12|STOP\":[50,60,70]}}");
        transitions.begin("dal12", TransitionHistory.Kind.STOP, "srv-2", "db01");

        // when it has run exactly 3 minutes, then one second more
        clock.advance(Duration.ofMinutes(3));
        boolean atThree = transitions.slowerThanUsual("srv-2");
        clock.advance(Duration.ofSeconds(1));

        // then only the second is slower than usual, and it says so
        assertThat(atThree).isFalse();
        assertThat(transitions.slowerThanUsual("srv-2")).isTrue();
        assertThat(transitions.assess("srv-2").orElseThrow().describe()).endsWith("slower than usual");
    }

    @Test
    void should_learn_from_a_settled_transition_but_not_from_a_failed_or_abandoned_one() throws Exception {
        // given no history for starts in tok04
        Transitions transitions = seeded("{\"version\":1,\"seconds\":{}}");

        // when one start settles after 90 s, another goes to ERROR after 2 h and a third is abandoned
        transitions.begin("tok04", TransitionHistory.Kind.START, "a", "a");
        clock.advance(Duration.ofSeconds(90));
        transitions.succeeded("a");
        transitions.begin("tok04", TransitionHistory.Kind.START, "b", "b");
        clock.advance(Duration.ofHours(2));
        transitions.failed("b");
        transitions.begin("tok04", TransitionHistory.Kind.START, "c", "c");
        clock.advance(Duration.ofHours(3));
        transitions.abandoned("c");

        // then only the settled run is learnt, and it is kept for the next start of the console
        assertThat(TransitionHistory.open(cache).estimate("tok04", TransitionHistory.Kind.START).orElseThrow())
                .isEqualTo(new TransitionHistory.Estimate(Duration.ofSeconds(90), 1));
        // and listeners heard the two ends, the failure flagged, the abandoned one not at all
        assertThat(ended).extracting(e -> e.running().subjectId(), Transitions.Ended::failed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false),
                        org.assertj.core.groups.Tuple.tuple("b", true));
        assertThat(transitions.running()).isEmpty();
    }

    @Test
    void should_call_a_job_long_only_from_five_minutes() throws Exception {
        Transitions transitions = seeded("{\"version\":1,\"seconds\":{}}");
        transitions.begin("dal10", TransitionHistory.Kind.CAPTURE, "job-1", "aix01");
        clock.advance(Duration.ofMinutes(4));
        transitions.succeeded("job-1");
        transitions.begin("dal10", TransitionHistory.Kind.CAPTURE, "job-2", "aix01");
        clock.advance(Duration.ofMinutes(5));
        transitions.succeeded("job-2");

        assertThat(ended).extracting(Transitions.Ended::longRunning).containsExactly(false, true);
    }
}
