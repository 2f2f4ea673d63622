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
        // given the console started with --self-test
        Path out = dir.resolve("out.txt");
        ProcessBuilder launch = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "com.pvsconsole.app.Launcher", "--self-test"))
                .redirectOutput(out.toFile())
                .redirectError(new File(dir.toFile(), "err.txt"));
        // its settings, accounts and logs in the test's folder, not the user's
        launch.environment().put("PVS_CONSOLE_HOME", dir.resolve("home").toString());
        launch.environment().remove("PVS_CONSOLE_API_KEY");
        Process process = launch.start();

        // when it finishes
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        // then it exited 0 with exactly one self-test JSON line describing a populated demo
        assertThat(finished).as("self-test finished in time").isTrue();
        List<String> jsonLines = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{")).toList();
        assertThat(process.exitValue()).as("exit code; output: %s", jsonLines).isZero();
        assertThat(jsonLines).hasSize(1);
        JsonNode result = new ObjectMapper().readTree(jsonLines.get(0));
        assertThat(result.path("selfTest").asText()).isEqualTo("ok");
        assertThat(result.path("instances").asInt()).isPositive();
        assertThat(result.path("workspaces").asInt()).isPositive();
        assertThat(result.path("regions").asInt()).isPositive();
        assertThat(result.path("tableReadyMs").asLong()).isGreaterThanOrEqualTo(result.path("startupMs").asLong());
    }
}
