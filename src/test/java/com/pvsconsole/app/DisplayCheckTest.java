package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.OperatingSystem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    private static final UnsupportedOperationException TOOLKIT_FAILURE =
            new UnsupportedOperationException("Unable to open DISPLAY");

    @Test
    void should_say_in_one_line_that_no_display_is_named_and_what_to_do() {
        // given Linux without DISPLAY (a plain SSH session)
        DisplayCheck check = new DisplayCheck(OperatingSystem.LINUX, Map.of("HOME", "/home/admin"), null);

        // then one line says so, with the ways out
        assertThat(check.problem()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("pvs-console: ").contains("DISPLAY is not set").contains("ssh -X")
                .contains("simulate").doesNotContain("\n").doesNotContain("Exception").doesNotContain("XWayland"));
    }

    @Test
    void should_point_a_wayland_session_without_xwayland_to_it() {
        DisplayCheck check = new DisplayCheck(OperatingSystem.LINUX, Map.of("WAYLAND_DISPLAY", "wayland-0"), null);

        assertThat(check.problem()).hasValueSatisfying(line -> assertThat(line).contains("XWayland"));
    }

    @Test
    void should_pass_when_a_display_is_named_or_none_is_needed() {
        assertThat(new DisplayCheck(OperatingSystem.LINUX, Map.of("DISPLAY", ":0"), null).problem()).isEmpty();
        assertThat(new DisplayCheck(OperatingSystem.LINUX, Map.of(), "Monocle").problem()).isEmpty();
        assertThat(new DisplayCheck(OperatingSystem.MACOS, Map.of(), null).problem()).isEmpty();
        assertThat(new DisplayCheck(OperatingSystem.WINDOWS, Map.of(), null).problem()).isEmpty();
    }

    @Test
    void should_explain_the_toolkit_failing_to_open_the_named_display() {
        // given DISPLAY names a display nobody serves
        DisplayCheck check = new DisplayCheck(OperatingSystem.LINUX, Map.of("DISPLAY", ":77"), null);

        // then the toolkit's failure, bare or wrapped, becomes one line naming that display
        assertThat(check.explain(TOOLKIT_FAILURE)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("pvs-console: ").contains("':77'").contains("ssh -X").doesNotContain("\n"));
        assertThat(check.explain(new RuntimeException("Exception in Application start method", TOOLKIT_FAILURE)))
                .isPresent();
    }

    @Test
    void should_leave_other_failures_alone() {
        DisplayCheck check = new DisplayCheck(OperatingSystem.LINUX, Map.of("DISPLAY", ":0"), null);

        assertThat(check.explain(new IllegalStateException("something else"))).isEmpty();
        assertThat(check.explain(new UnsupportedOperationException("not this"))).isEmpty();
        assertThat(new DisplayCheck(OperatingSystem.LINUX, Map.of(), "Monocle").explain(TOOLKIT_FAILURE)).isEmpty();
    }
}
