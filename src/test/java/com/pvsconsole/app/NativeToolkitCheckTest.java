package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeToolkitCheckTest {

    @TempDir
    Path dir;

    /** A check that sees only {@code dir}'s library (the standard folders hold no GTK under any other name). */
    private NativeToolkitCheck linux(String glass, boolean loads) {
        return new NativeToolkitCheck(OperatingSystem.LINUX, Map.of("LD_LIBRARY_PATH", dir.toString()), glass,
                List.of(), library -> library.startsWith(dir) && loads);
    }

    @Test
    void should_name_the_missing_library_and_how_to_install_it_in_one_line() {
        // given a Linux machine where GTK 3 is neither in LD_LIBRARY_PATH nor loadable
        NativeToolkitCheck check = linux(null, false);

        // then the check gives one line naming the library and the packages
        assertThat(check.problem()).hasValueSatisfying(line -> {
            assertThat(line).contains("libgtk-3.so.0").contains("apt-get install libgtk-3-0").contains("gtk3");
            assertThat(line).doesNotContain("\n").doesNotContain("Exception");
        });
    }

    @Test
    void should_pass_when_the_library_is_found_and_loads() throws Exception {
        Files.createFile(dir.resolve(NativeToolkitCheck.LIBRARY));

        assertThat(linux(null, true).problem()).isEmpty();
    }

    @Test
    void should_not_check_headless_runs_or_other_systems() {
        assertThat(linux("Monocle", false).problem()).isEmpty();
        assertThat(new NativeToolkitCheck(OperatingSystem.WINDOWS, Map.of(), null, List.of(), p -> false).problem())
                .isEmpty();
    }
}
