package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(options.scale()).isEqualTo(25);
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
}
