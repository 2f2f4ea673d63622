package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import okhttp3.Request;

/** Regions are addressed by Host, public and private, as the team's convention says. */
class RegionRoutingTest {

    private static PowerVsSimulator sim;
    private static SimHttp http;

    @BeforeAll
    static void start() {
        sim = PowerVsSimulator.builder().port(0).start();
        http = new SimHttp(sim, new ContractRecorder()).login();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void should_list_each_regions_own_workspaces() {
        assertThat(http.get("us-south", "/v1/workspaces").json().get("workspaces").findValuesAsText("name"))
                .containsExactly("prod-dallas", "dev-dallas");
        assertThat(http.get("eu-de", "/v1/workspaces").json().get("workspaces").findValuesAsText("name"))
                .containsExactly("sap-frankfurt");
        assertThat(http.get("private.jp-tok", "/v1/workspaces").json().get("workspaces").findValuesAsText("name"))
                .containsExactly("dr-tokyo");
    }

    @Test
    void should_serve_the_default_region_on_a_bare_host_and_refuse_unknown_regions() {
        String token = http.tokenResponse(sim.apiKey()).json().get("access_token").asText();
        SimHttp.Answer bare = http.call(new Request.Builder().url(sim.baseUrl() + "/v1/workspaces")
                .header("Authorization", "Bearer " + token).build());
        assertThat(bare.json().get("workspaces").findValuesAsText("name")).containsExactly("prod-dallas", "dev-dallas");
        assertThat(http.get("mars", "/v1/workspaces").status()).isEqualTo(404);
    }

    @Test
    void should_answer_every_power_vs_region_even_where_the_account_has_no_workspace() {
        // The real service answers an empty list in a region where the account has nothing.
        assertThat(http.get("syd", "/v1/workspaces").status()).isEqualTo(200);
        assertThat(http.get("syd", "/v1/workspaces").json().get("workspaces")).isEmpty();
        assertThat(http.get("private.eu-gb", "/v1/workspaces").json().get("workspaces")).isEmpty();
    }

    @Test
    void should_describe_itself_on_the_info_endpoint() {
        SimHttp.Answer info = http.call(new Request.Builder().url(sim.baseUrl() + "/_sim/info").build());
        assertThat(info.json().get("apiKey").asText()).isEqualTo("pvs-demo-api-key");
        assertThat(info.json().get("accountId").asText()).matches("[0-9a-f]{32}");
        assertThat(info.json().get("workspaces")).hasSize(4);
    }
}
