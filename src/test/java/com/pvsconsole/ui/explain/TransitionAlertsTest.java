package com.pvsconsole.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Desktop notifications for failed and long transitions, raised only while the window is not focused. */
class TransitionAlertsTest {

    private record Shown(String title, String text, boolean error) {
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final Transitions transitions = Transitions.untracked(clock);
    private final AtomicBoolean focused = new AtomicBoolean(true);
    private final List<Shown> shown = new ArrayList<>();

    TransitionAlertsTest() {
        TransitionAlerts.attach(transitions, focused::get, (title, text, error) -> shown.add(new Shown(title, text,
                error)), new Messages(Locale.ENGLISH));
    }

    private void run(String id, TransitionHistory.Kind kind, Duration took, boolean fails) {
        transitions.begin("dal10", kind, id, "srv-" + id);
        clock.advance(took);
        if (fails) {
            transitions.failed(id);
        } else {
            transitions.succeeded(id);
        }
    }

    @Test
    void should_raise_nothing_while_the_window_is_focused() {
        run("1", TransitionHistory.Kind.BUILD, Duration.ofMinutes(2), true);
        run("2", TransitionHistory.Kind.CAPTURE, Duration.ofMinutes(40), false);

        assertThat(shown).isEmpty();
    }

    @Test
    void should_raise_a_failed_transition_and_the_end_of_a_long_job_when_unfocused() {
        // given the user is in another window
        focused.set(false);

        // when a build fails, a capture ends after 40 minutes and a stop ends after 30 s
        run("1", TransitionHistory.Kind.BUILD, Duration.ofMinutes(2), true);
        run("2", TransitionHistory.Kind.CAPTURE, Duration.ofMinutes(40), false);
        run("3", TransitionHistory.Kind.STOP, Duration.ofSeconds(30), false);

        // then the failure and the long job are raised, the quick stop is not
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).error()).isTrue();
        assertThat(shown.get(0).text()).contains("srv-1").contains("build").contains("failed").contains("2 min");
        assertThat(shown.get(1).error()).isFalse();
        assertThat(shown.get(1).text()).contains("srv-2").contains("capture").contains("40 min");
    }

    @Test
    void should_stop_raising_once_detached() {
        focused.set(false);
        Transitions other = Transitions.untracked(clock);
        TransitionAlerts alerts = TransitionAlerts.attach(other, focused::get,
                (title, text, error) -> shown.add(new Shown(title, text, error)), new Messages(Locale.ENGLISH));
        alerts.detach();

        other.begin("dal10", TransitionHistory.Kind.BUILD, "x", "x");
        other.failed("x");

        assertThat(shown).isEmpty();
    }
}
