package com.pvsconsole.service.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.sim.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one poller, on the inline executor: a scheduled poll fires only when the test says so. */
class PollerTest {

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-30T14:00:00Z"), ZoneOffset.UTC);
    private static final PollSchedule EVERY_SECOND_FOR_A_MINUTE =
            new PollSchedule(Duration.ofSeconds(1), Duration.ofMinutes(1), FROZEN);

    private final ActivityLog activity = new ActivityLog(FROZEN, 100);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();

    /** Answers the queued states in turn; a queued exception is thrown instead. */
    private String fetch() throws Exception {
        Object next = answers.isEmpty() ? "BUILD" : answers.poll();
        if (next instanceof Exception e) {
            throw e;
        }
        return (String) next;
    }

    /** Records everything; settled once it sees ACTIVE. */
    private final class Recorder implements Poller.Watcher<String> {
        @Override
        public boolean answered(String state) {
            heard.add(state);
            return state.equals("ACTIVE");
        }

        @Override
        public void gone() {
            heard.add("gone");
        }

        @Override
        public void failed(Problem problem) {
            heard.add("failed " + problem.status());
        }

        @Override
        public void timedOut() {
            heard.add("timed out");
        }
    }

    private Poller<String> start(PollSchedule schedule) {
        return Poller.start(executor, schedule, "Follow thing", "thing-1", context -> fetch(), new Recorder());
    }

    private int runUntilQuiet() {
        int rounds = 0;
        while (executor.runScheduled() > 0) {
            rounds++;
        }
        return rounds;
    }

    @Test
    void should_wait_one_interval_before_the_first_poll() {
        answers.add("ACTIVE");

        Poller<String> poller = start(EVERY_SECOND_FOR_A_MINUTE);

        assertThat(heard).isEmpty();
        assertThat(executor.pendingScheduled()).isEqualTo(1);
        assertThat(poller.isDone()).isFalse();
    }

    @Test
    void should_hand_over_every_answer_and_stop_once_settled() {
        answers.addAll(List.of("BUILD", "BUILD", "ACTIVE", "SHUTOFF"));
        Poller<String> poller = start(EVERY_SECOND_FOR_A_MINUTE);

        int rounds = runUntilQuiet();

        assertThat(heard).containsExactly("BUILD", "BUILD", "ACTIVE");
        assertThat(rounds).isEqualTo(3);
        assertThat(poller.isDone()).isTrue();
        assertThat(poller.polls()).isEqualTo(3);
    }

    @Test
    void should_report_a_404_as_gone_and_not_as_a_failure_in_the_activity_history() {
        answers.addAll(List.of("BUILD", Fixtures.httpError(404, "not found")));
        Poller<String> poller = start(EVERY_SECOND_FOR_A_MINUTE);

        runUntilQuiet();

        assertThat(heard).containsExactly("BUILD", "gone");
        assertThat(poller.isDone()).isTrue();
        assertThat(activity.history()).isEmpty();
    }

    @Test
    void should_keep_polling_after_other_failures() {
        answers.addAll(List.of(Fixtures.httpError(503, "busy"), "BUILD", Fixtures.httpError(500, "oops"), "ACTIVE"));
        start(EVERY_SECOND_FOR_A_MINUTE);

        runUntilQuiet();

        assertThat(heard).containsExactly("failed 503", "BUILD", "failed 500", "ACTIVE");
    }

    @Test
    void should_time_out_when_the_next_poll_would_fall_after_the_limit() {
        // given 300 ms between polls and one second in all: polls at 0.3, 0.6 and 0.9 s fit
        Poller<String> poller = start(new PollSchedule(Duration.ofMillis(300), Duration.ofSeconds(1), FROZEN));

        runUntilQuiet();

        assertThat(heard).containsExactly("BUILD", "BUILD", "BUILD", "timed out");
        assertThat(poller.isDone()).isTrue();
    }

    @Test
    void should_count_the_time_polls_take_against_the_limit() {
        // given slow answers: each poll takes 400 ms on top of the 100 ms wait
        ManualClock clock = new ManualClock(Instant.parse("2026-11-30T14:00:00Z"));
        Poller<String> poller = Poller.start(executor, new PollSchedule(Duration.ofMillis(100), Duration.ofSeconds(1),
                clock), "Follow thing", "thing-1", context -> {
                    clock.advance(Duration.ofMillis(500));
                    return fetch();
                }, new Recorder());

        runUntilQuiet();

        // then it stops after 2 polls (1.0 s gone), not after the 10 the interval alone would allow
        assertThat(heard).containsExactly("BUILD", "BUILD", "timed out");
        assertThat(poller.polls()).isEqualTo(2);
    }

    @Test
    void should_poll_once_even_when_the_limit_is_shorter_than_the_interval() {
        start(new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(1), FROZEN));

        runUntilQuiet();

        assertThat(heard).containsExactly("BUILD", "timed out");
    }

    @Test
    void should_report_nothing_more_once_cancelled() {
        answers.addAll(List.of("BUILD", "ACTIVE"));
        Poller<String> poller = start(EVERY_SECOND_FOR_A_MINUTE);
        executor.runScheduled();

        poller.cancel();

        assertThat(runUntilQuiet()).isZero();
        assertThat(heard).containsExactly("BUILD");
        assertThat(poller.isDone()).isTrue();
    }

    @Test
    void should_stop_when_the_watcher_cancels_it_from_an_answer() {
        List<Poller<String>> self = new ArrayList<>();
        self.add(Poller.start(executor, EVERY_SECOND_FOR_A_MINUTE, "Follow thing", "thing-1", context -> fetch(),
                state -> {
                    heard.add(state);
                    self.get(0).cancel();
                    return false;
                }));

        runUntilQuiet();

        assertThat(heard).containsExactly("BUILD");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_run_its_polls_as_quiet_tasks_named_for_the_activity_log() {
        answers.addAll(List.of("BUILD", Fixtures.httpError(500, "oops"), "ACTIVE"));
        start(EVERY_SECOND_FOR_A_MINUTE);

        runUntilQuiet();

        assertThat(activity.history()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Follow thing");
            assertThat(entry.outcome()).isEqualTo(TaskOutcome.FAILED);
        });
    }

    @Test
    void should_refuse_a_negative_interval_or_limit() {
        assertThatThrownBy(() -> new PollSchedule(Duration.ofSeconds(-1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollSchedule(Duration.ofSeconds(1), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_a_tracked_piece_of_work_as_one_activity_entry_that_finishes_once() {
        TrackedWork work = executor.track("Import image", "copy");
        assertThat(activity.running()).singleElement().satisfies(entry -> assertThat(entry.name()).isEqualTo("Import image"));

        work.progress(-1, "importing");
        work.succeeded();
        work.failed(new Problem("Import image", 0, "late", "", "", "", false));

        assertThat(activity.running()).isEmpty();
        assertThat(activity.history()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(TaskOutcome.SUCCEEDED));
        assertThat(work.isFinished()).isTrue();
    }
}
