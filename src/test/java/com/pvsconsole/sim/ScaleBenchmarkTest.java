package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.sim.state.ScalePlan;
import org.junit.jupiter.api.Test;

/** 10,000 generated instances load and list; the figures are printed, not asserted. */
class ScaleBenchmarkTest {

    @Test
    void should_generate_and_list_ten_thousand_instances() {
        long started = System.nanoTime();
        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).scale(10_000).start()) {
            long startup = (System.nanoTime() - started) / 1_000_000;
            SimHttp http = new SimHttp(sim, new ContractRecorder()).login();
            PowerVsSimulator.WorkspaceInfo scale = sim.workspaces().stream()
                    .filter(w -> w.name().equals("scale-10000")).findFirst().orElseThrow();
            String path = "/pcloud/v1/cloud-instances/" + scale.id();
            http.get(scale.region(), path + "/networks");

            long listStart = System.nanoTime();
            SimHttp.Answer answer = http.get(scale.region(), path + "/pvm-instances");
            long listMillis = (System.nanoTime() - listStart) / 1_000_000;
            JsonNode list = answer.json().get("pvmInstances");

            assertThat(list).hasSize(10_000);
            assertThat(http.get(scale.region(), path + "/volumes").json().get("volumes")).hasSize(10_000);
            assertThat(http.get(scale.region(), path + "/networks").json().get("networks")).hasSize(10_000);
            System.out.printf("[benchmark] simulator with 10,000 instances: start %d ms, list %d ms (%d kB)%n",
                    startup, listMillis, answer.text().length() / 1024);
        }
    }

    @Test
    void should_generate_ten_thousand_instances_with_twenty_thousand_volumes() {
        ScalePlan plan = ScalePlan.parse("instances=10000,volumes=20000,networks=500,images=8");
        long started = System.nanoTime();
        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).scale(plan).start()) {
            long startup = (System.nanoTime() - started) / 1_000_000;
            SimHttp http = new SimHttp(sim, new ContractRecorder()).login();
            PowerVsSimulator.WorkspaceInfo scale = sim.workspaces().stream()
                    .filter(w -> w.name().equals("scale-10000")).findFirst().orElseThrow();
            String path = "/pcloud/v1/cloud-instances/" + scale.id();

            assertThat(http.get(scale.region(), path + "/pvm-instances").json().get("pvmInstances")).hasSize(10_000);
            assertThat(http.get(scale.region(), path + "/volumes").json().get("volumes")).hasSize(20_000);
            System.out.printf("[benchmark] simulator with 10,000 instances + 20,000 volumes + 500 networks: start %d ms%n",
                    startup);
        }
    }

    @Test
    void should_start_the_demo_seed_quickly() {
        long started = System.nanoTime();
        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).start()) {
            System.out.printf("[benchmark] simulator with demo seed: start %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(sim.workspaces()).hasSize(4);
        }
    }
}
