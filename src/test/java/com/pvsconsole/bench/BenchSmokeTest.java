package com.pvsconsole.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench keeps working: its small variant runs and prints a JSON line with the figures asked
 * for. The figures themselves are not asserted (machines are noisy), only that they were measured.
 */
class BenchSmokeTest {

    private record Output(int code, String out, String err) {
        JsonNode json() throws Exception {
            String line = out.lines().filter(l -> l.startsWith("{\"bench\"")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(line);
        }
    }

    private static Output bench(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Bench.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void should_measure_every_figure_in_the_small_variant_with_the_real_console() throws Exception {
        // given the test class path, which holds Monocle: the child consoles render headless

        // when
        Output result = bench("--small");

        // then every figure of the table was measured, none skipped
        assertThat(result.code()).isZero();
        JsonNode figures = result.json().get("figures");
        assertThat(figures).extracting(f -> f.get("id").asText())
                .containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "FLEET");
        for (JsonNode figure : figures) {
            boolean noProc = figure.get("id").asText().equals("P6") && !Files.isReadable(Path.of("/proc/self/status"));
            if (!noProc) {
                assertThat(figure.get("note").asText()).as(figure.toString()).doesNotStartWith("skipped");
                assertThat(figure.get("value").asDouble()).as(figure.toString()).isPositive();
            }
        }
        // one JSON line; P2 and P5 are judged against their floor measured in the same run
        assertThat(result.out().lines().filter(l -> l.startsWith("{"))).hasSize(1);
        assertThat(result.json().get("small").asBoolean()).isTrue();
        for (JsonNode figure : List.of(figures.get(1), figures.get(4))) {
            assertThat(figure.get("floor").isNumber()).as(figure.toString()).isTrue();
            assertThat(figure.get("ratio").isNumber()).as(figure.toString()).isTrue();
            assertThat(figure.get("targetOn").asText()).isEqualTo("ratio");
            assertThat(figure.get("pass").isBoolean()).isTrue();
        }
        // P3, P4 and P6 are judged on their own value, P3 shown beside its floor (caret keys); the fleet
        // figure has no target
        assertThat(figures.get(2).get("targetOn").asText()).isEqualTo("value");
        assertThat(figures.get(2).get("floor").isNumber()).as(figures.get(2).toString()).isTrue();
        assertThat(figures.get(2).get("floor").asDouble()).isPositive();
        assertThat(figures.get(3).get("targetOn").asText()).isEqualTo("value");
        assertThat(figures.get(6).get("targetOn").asText()).isEqualTo("none");
        assertThat(result.out()).contains("fig").containsPattern("(?m)^P3 ").containsPattern("(?m)^FLEET ");
    }

    @Test
    void should_refuse_unknown_figures_and_options_with_the_usage() {
        Output unknown = bench("--only", "P9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown figure 'P9'").contains("P1, P2, P3, P4, P5, P6, FLEET").contains("Usage");
        assertThat(bench("--fast").err()).contains("unknown option --fast");
        assertThat(bench("--only").err()).contains("missing figure ids");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--only", "p5,"), Set.of("P5")))
                .hasMessageContaining("unknown figure ''");
        assertThat(BenchOptions.parse(List.of("bench", "--only", "p5"), Set.of("P5")).only()).containsExactly("P5");
    }

    @Test
    void should_read_the_launcher_options_the_installer_uses() {
        List<String> options = LauncherJvmOptions.parse(List.of("# comment", "", "  -Xlog:disable  ",
                "-Dpvs.home=$APPDIR/x"), Path.of("/opt/pvs"));

        assertThat(options).containsExactly("-Xlog:disable", "-Dpvs.home=/opt/pvs/x");
    }

    @Test
    void should_keep_the_class_data_archive_option_only_when_the_archive_exists(@TempDir Path folder) throws Exception {
        // given an app folder with an archive, and one without
        Path withArchive = Files.createDirectory(folder.resolve("with"));
        Path withoutArchive = Files.createDirectory(folder.resolve("without"));
        Files.write(withArchive.resolve("pvs-console.jsa"), new byte[] {1});
        List<String> lines = List.of("-Xss512k", "-XX:SharedArchiveFile=$APPDIR/pvs-console.jsa");

        // when
        List<String> kept = LauncherJvmOptions.parse(lines, withArchive);
        List<String> dropped = LauncherJvmOptions.parse(lines, withoutArchive);

        // then a missing archive is not named (it would turn off the JDK's own class-data sharing too)
        assertThat(kept).containsExactly("-Xss512k", "-XX:SharedArchiveFile=" + withArchive.resolve("pvs-console.jsa"));
        assertThat(dropped).containsExactly("-Xss512k");
        assertThat(LauncherJvmOptions.withoutArchive(kept)).containsExactly("-Xss512k");
    }
}
