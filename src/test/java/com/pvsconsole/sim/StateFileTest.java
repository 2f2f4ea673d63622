package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state FILE} keeps changes across restarts. */
class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void should_keep_state_across_restarts() throws Exception {
        Path file = dir.resolve("sim-state.json");
        String ws;
        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).stateFile(file).start()) {
            ws = sim.workspaces().get(0).id();
            SimHttp http = new SimHttp(sim, new ContractRecorder()).login();
            assertThat(http.post("us-south", "/pcloud/v1/cloud-instances/" + ws + "/networks",
                    "{\"type\":\"vlan\",\"name\":\"kept-net\",\"cidr\":\"10.99.0.0/24\"}").status()).isEqualTo(201);
        }
        assertThat(file).exists();
        assertThat(Files.list(dir)).as("no temp file left behind").containsExactly(file);

        try (PowerVsSimulator again = PowerVsSimulator.builder().port(0).stateFile(file).start()) {
            SimHttp http = new SimHttp(again, new ContractRecorder()).login();
            assertThat(http.get("us-south", "/pcloud/v1/cloud-instances/" + ws + "/networks").json().get("networks")
                    .findValuesAsText("name")).contains("kept-net");
            assertThat(http.get("us-south", "/pcloud/v1/cloud-instances/" + ws + "/events").json().get("events")
                    .findValuesAsText("message")).anyMatch(m -> m.contains("kept-net"));
        }
    }
}
