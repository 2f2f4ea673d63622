package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void should_take_every_option_its_usage_lists() {
        // given every option the usage names (a value where it takes one)
        List<String> listed = Arrays.stream(LaunchOptions.USAGE.split("\\s+"))
                .filter(word -> word.startsWith("--") && !word.equals("--help)") && !word.endsWith(")"))
                .map(word -> word.endsWith("=X") ? word.replace("=X", "=0.5") : word)
                .distinct().toList();
        assertThat(listed).contains("--demo", "--dark", "--debug-http", "--demo-time-scale=0.5", "--self-test",
                "--version", "--help");

        // when they are parsed together, then none is refused and each has its effect
        LaunchOptions options = LaunchOptions.parse(listed);
        assertThat(options.selfTest()).isTrue();
        assertThat(options.dark()).isTrue();
        assertThat(options.timeScale()).isEqualTo(0.5);
    }

    @Test
    void should_keep_the_defaults_without_options() {
        LaunchOptions options = LaunchOptions.parse(List.of());

        assertThat(options).isEqualTo(new LaunchOptions(false, false, LaunchOptions.DEMO_TIME_SCALE));
    }

    @Test
    void should_name_an_option_it_does_not_know() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--dark", "--drak")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option '--drak'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("servers.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'servers.csv'");
        // a value given after a space instead of '=' is not taken for the option
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--demo-time-scale", "1.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option '--demo-time-scale'");
    }

    @Test
    void should_refuse_a_time_scale_that_is_not_a_positive_number() {
        for (String value : List.of("fast", "", "0", "-1", "NaN", "Infinity", "1e9")) {
            assertThatThrownBy(() -> LaunchOptions.parse(List.of("--demo-time-scale=" + value)))
                    .as(value).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--demo-time-scale").hasMessageContaining("'" + value + "'");
        }
        assertThat(LaunchOptions.parse(List.of("--demo-time-scale=1.0")).timeScale()).isEqualTo(1.0);
    }

    @Test
    void should_ignore_the_process_serial_number_older_macos_finders_pass() {
        assertThat(LaunchOptions.parse(List.of("-psn_0_1234567")).selfTest()).isFalse();
    }

    @Test
    void should_see_a_request_for_help_anywhere_in_the_arguments() {
        assertThat(LaunchOptions.wantsHelp(List.of("--dark", "--help"))).isTrue();
        assertThat(LaunchOptions.wantsHelp(List.of("-h"))).isTrue();
        assertThat(LaunchOptions.wantsHelp(List.of("--dark"))).isFalse();
    }
}
