package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code Launcher --self-test} as its own process, exactly as an installer or CI would
 * (headless Monocle instead of a display): the real window, the embedded demo, the real exit code.
 */
class SelfTestProcessTest {

    @Test
    void should_exit_0_and_print_one_json_line_once_the_table_is_populated(@TempDir Path dir) throws Exception {
        // given the console started with --self-test in a home nobody has used
        Path home = dir.resolve("home");

        // when it finishes
        JsonNode result = selfTest(dir, home, "first");

        // then it exited 0 with exactly one self-test JSON line describing a populated demo, from the service
        assertThat(result.path("selfTest").asText()).isEqualTo("ok");
        assertThat(result.path("instances").asInt()).isPositive();
        assertThat(result.path("workspaces").asInt()).isPositive();
        assertThat(result.path("regions").asInt()).isPositive();
        assertThat(result.path("tableReadyMs").asLong()).isGreaterThanOrEqualTo(result.path("startupMs").asLong());
        assertThat(result.path("rowsFrom").asText()).isEqualTo("service");
        assertThat(result.path("timeline").path("tableReady").asLong())
                .isGreaterThanOrEqualTo(result.path("timeline").path("main").asLong());
    }

    @Test
    void should_show_the_inventory_the_previous_run_saved_on_the_next_start(@TempDir Path dir) throws Exception {
        // given a first self-test, which closes on the service's first rows
        Path home = dir.resolve("home");
        JsonNode first = selfTest(dir, home, "first");

        // when the console starts again in the same home
        JsonNode second = selfTest(dir, home, "second");

        // then the first run left its inventory behind and the second filled its table from it
        assertThat(first.path("rowsFrom").asText()).isEqualTo("service");
        assertThat(second.path("selfTest").asText()).isEqualTo("ok");
        assertThat(second.path("rowsFrom").asText()).isEqualTo("cache");
        assertThat(second.path("instances").asInt()).isPositive();
        assertThat(second.path("timeline").has("savedInventoryRead")).isTrue();
    }

    /** Runs {@code Launcher --self-test} headless in {@code home}; asserts exit 0 and one JSON line, returns it. */
    private static JsonNode selfTest(Path dir, Path home, String name) throws Exception {
        Path out = dir.resolve(name + "-out.txt");
        ProcessBuilder launch = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "com.pvsconsole.app.Launcher", "--self-test"))
                .redirectOutput(out.toFile())
                .redirectError(new File(dir.toFile(), name + "-err.txt"));
        // its settings, accounts and logs in the test's folder, not the user's
        launch.environment().put("PVS_CONSOLE_HOME", home.toString());
        launch.environment().remove("PVS_CONSOLE_API_KEY");
        Process process = launch.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("self-test finished in time").isTrue();
        List<String> jsonLines = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{")).toList();
        assertThat(process.exitValue()).as("exit code; output: %s", jsonLines).isZero();
        assertThat(jsonLines).hasSize(1);
        return new ObjectMapper().readTree(jsonLines.get(0));
    }
}
