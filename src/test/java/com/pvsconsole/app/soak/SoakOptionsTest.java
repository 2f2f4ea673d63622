package com.pvsconsole.app.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakOptionsTest {

    @Test
    void should_take_minutes_and_a_home() {
        SoakOptions options = SoakOptions.parse(List.of("--minutes", "5", "--home", "soak-home"));

        assertThat(options).isEqualTo(new SoakOptions(5, Path.of("soak-home")));
        assertThat(SoakOptions.parse(List.of()).minutes()).isEqualTo(SoakOptions.DEFAULT_MINUTES);
        assertThat(SoakOptions.parse(List.of("--help"))).isNull();
    }

    @Test
    void should_say_what_is_wrong_with_the_minutes_in_words() {
        assertThatThrownBy(() -> SoakOptions.parse(List.of("--minutes", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--minutes needs a whole number of minutes, got 'x'");
        assertThatThrownBy(() -> SoakOptions.parse(List.of("--minutes", "0")))
                .hasMessageContaining("--minutes must be 1 or more");
        assertThatThrownBy(() -> SoakOptions.parse(List.of("--hours", "2"))).hasMessageContaining("--hours");
    }
}
