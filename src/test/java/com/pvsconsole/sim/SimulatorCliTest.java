package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.sim.state.ScalePlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorCliTest {

    @Test
    void should_parse_every_option() {
        SimulatorOptions options = SimulatorCli.parse(new String[] {"simulate", "--port", "0", "--time-scale", "0.5",
            "--token-lifetime", "120", "--scale", "25", "--seed", "7", "--state", "s.json",
            "--fault", "type=latency,latencyMs=10"}).build();
        assertThat(options.port()).isZero();
        assertThat(options.timeScale()).isEqualTo(0.5);
        assertThat(options.tokenLifetime()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.scale()).isEqualTo(new ScalePlan(25, 25, 25, 0, 0, 1));
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.stateFile()).isEqualTo(Path.of("s.json"));
        assertThat(options.faults()).containsExactly("type=latency,latencyMs=10");
    }

    @Test
    void should_default_to_port_8080_and_refuse_unknown_options() throws Exception {
        assertThat(SimulatorCli.parse(new String[0]).build().port()).isEqualTo(8080);
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--bogus", "1"})).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--port", "x"})).hasMessageContaining("number");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SimulatorCli.run(new String[] {"--port"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing value").contains("Usage");
    }

    @Test
    void should_parse_per_kind_scale_counts_leaving_other_kinds_at_zero() {
        // when
        SimulatorOptions options = SimulatorCli.parse(new String[] {"--scale",
            "instances=5000,volumes=10000,networks=500,sshkeys=12"}).build();

        // then one workspace gets the counts asked for
        assertThat(options.scale()).isEqualTo(new ScalePlan(5000, 10000, 500, 0, 12, 1));
    }

    @Test
    void should_give_every_scale_workspace_the_per_kind_counts_in_either_order() {
        ScalePlan before = SimulatorCli.parse(new String[] {"--scale-workspaces", "20", "--scale", "instances=500,images=4"})
                .build().scale();
        ScalePlan after = SimulatorCli.parse(new String[] {"--scale", "instances=500,images=4", "--scale-workspaces", "20"})
                .build().scale();

        assertThat(before).isEqualTo(after).isEqualTo(new ScalePlan(500, 0, 0, 4, 0, 20));
    }

    @Test
    void should_refuse_bad_scale_forms_with_the_reason() {
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "pods=5"}))
                .hasMessageContaining("unknown kind 'pods'").hasMessageContaining("instances, volumes, networks");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "instances=lots"}))
                .hasMessageContaining("instances needs a whole number, got 'lots'");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "instances=5,instances=6"}))
                .hasMessageContaining("instances is given twice");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "instances=5,"}))
                .hasMessageContaining("is not kind=count");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "big"}))
                .hasMessageContaining("--scale takes N or kind=count pairs");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "instances=900000"}))
                .hasMessageContaining("between 0 and 200000");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "instances=100000,networks=1"}))
                .hasMessageContaining("do not fit in a /16");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale-workspaces", "3"}))
                .hasMessageContaining("--scale-workspaces needs --scale");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--scale", "5", "--scale-workspaces", "0"}))
                .hasMessageContaining("--scale-workspaces must be between 1 and");
    }

    @Test
    void should_describe_the_scale_forms_in_the_help() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SimulatorCli.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--scale KIND=N").contains("--scale-workspaces N");
    }

    @Test
    void should_refuse_out_of_range_values_and_bad_faults_before_starting() {
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--port", "99999"}))
                .hasMessageContaining("--port must be between 0 (any free port) and 65535");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--time-scale", "-1"}))
                .hasMessageContaining("--time-scale must be between 0 and 100");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--token-lifetime", "0"}))
                .hasMessageContaining("--token-lifetime must be 1 second or more");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--fault", "type=bogus"}))
                .hasMessageContaining("unknown fault type bogus");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--fault", "type=latency,latncyMs=150"}))
                .hasMessageContaining("unknown fault option 'latncyMs'").hasMessageContaining("latencyMs");
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--fault", "type=latency,latencyMs=fast"}))
                .hasMessageContaining("latencyMs must be a number, was 'fast'");
        // an unknown option is named as such even when no value follows it
        assertThatThrownBy(() -> SimulatorCli.parse(new String[] {"--bogus"})).hasMessageContaining("unknown option --bogus");
    }

    @Test
    void should_say_in_one_line_that_the_port_is_taken() throws Exception {
        // given a port another program listens on
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            // when the simulator is started on it
            int code = SimulatorCli.run(new String[] {"--port", String.valueOf(taken.getLocalPort())},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

            // then it exits 1 with the reason, not a stack trace
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not listen on port " + taken.getLocalPort())
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
