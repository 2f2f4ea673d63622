package com.pvsconsole.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
    void should_measure_p2_and_p5_in_the_small_variant_and_print_one_json_line_and_a_table() throws Exception {
        // when
        Output result = bench("--small", "--only", "P2,P5");

        // then one JSON line with both figures measured, each with its floor and target
        assertThat(result.code()).isZero();
        assertThat(result.out().lines().filter(l -> l.startsWith("{"))).hasSize(1);
        JsonNode json = result.json();
        assertThat(json.get("small").asBoolean()).isTrue();
        assertThat(json.get("figures")).extracting(f -> f.get("id").asText()).containsExactly("P2", "P5");
        for (JsonNode figure : json.get("figures")) {
            assertThat(figure.get("note").asText()).as(figure.toString()).doesNotStartWith("skipped");
            assertThat(figure.get("value").isNumber()).as(figure.toString()).isTrue();
            assertThat(figure.get("floor").isNumber()).as(figure.toString()).isTrue();
            assertThat(figure.get("ratio").isNumber()).as(figure.toString()).isTrue();
            assertThat(figure.get("targetOn").asText()).isEqualTo("ratio");
            assertThat(figure.get("pass").isBoolean()).isTrue();
        }
        // and the table lists them
        assertThat(result.out()).contains("fig").containsPattern("(?m)^P2 ").containsPattern("(?m)^P5 ");
    }

    @Test
    void should_report_p1_skipped_without_a_display() throws Exception {
        assumeFalse(StartupFigure.hasDisplay(), "a display is present: P1 would really launch the console");

        JsonNode p1 = bench("--small", "--only", "P1").json().get("figures").get(0);

        assertThat(p1.get("id").asText()).isEqualTo("P1");
        assertThat(p1.get("note").asText()).isEqualTo("skipped: no display");
        assertThat(p1.get("value").isNull()).isTrue();
        assertThat(p1.get("pass").isNull()).isTrue();
    }

    @Test
    void should_refuse_unknown_figures_and_options_with_the_usage() {
        Output unknown = bench("--only", "P9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown figure 'P9'").contains("P1, P2, P5").contains("Usage");
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
}
