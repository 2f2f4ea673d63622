package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.pvsconsole.service.settings.OperatingSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's command line as a user meets it: its own process, no display, the real exit code.
 * What goes wrong before a window opens is one line and the way out, never a stack trace.
 */
class LauncherCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void should_print_the_usage_without_a_display() throws Exception {
        // when the console is asked for help where no display exists
        Run run = launch("--help");

        // then it prints its options and subcommands and exits 0
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: pvs-console [options]").contains("--demo-time-scale=X")
                .contains("pvs-console simulate");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void should_refuse_an_unknown_option_by_name_before_anything_starts() throws Exception {
        // when an option is mistyped
        Run run = launch("--drak");

        // then it is named, the usage follows, and the exit is 2 (as for simulate and bench)
        assertThat(run.exit()).isEqualTo(Launcher.EXIT_USAGE);
        assertThat(run.err()).startsWith("pvs-console: unknown option '--drak'").contains("Usage: pvs-console");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void should_say_there_is_no_display_in_one_line_rather_than_a_stack_trace() throws Exception {
        assumeTrue(OperatingSystem.current() == OperatingSystem.LINUX, "the display is checked on Linux");

        // when the console is started where no display is named (a plain SSH session)
        Run run = launch();

        // then one line says why no window can open, and the exit is 3
        assertThat(run.exit()).isEqualTo(Launcher.EXIT_NO_TOOLKIT);
        assertThat(run.err().strip()).startsWith("pvs-console: ").doesNotContain("\n")
                .doesNotContain("Exception").contains("ssh -X");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.pvsconsole.app.Launcher"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("PVS_CONSOLE_API_KEY");
        builder.environment().put("PVS_CONSOLE_HOME", dir.resolve("home").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
