package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Each fault kind, seen by a real HTTP client, switched on and off through {@code /_sim/faults}. */
class FaultInjectionTest {

    private PowerVsSimulator sim;
    private SimHttp http;
    private String instances;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).start();
        http = new SimHttp(sim, new ContractRecorder()).login();
        instances = "/pcloud/v1/cloud-instances/" + sim.workspaces().get(0).id() + "/pvm-instances";
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private SimHttp.Answer control(String method, String path, String json) {
        Request.Builder request = new Request.Builder().url(sim.baseUrl() + path);
        request.method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
        return http.call(request.build());
    }

    private String addFault(String json) {
        SimHttp.Answer added = control("POST", "/_sim/faults", json);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().get("id").asText();
    }

    @Test
    void should_answer_a_status_fault_for_the_next_n_calls_then_recover() {
        addFault("{\"route\":\"GET /pcloud/**/pvm-instances\",\"type\":\"status\",\"status\":503,\"times\":2}");
        for (int i = 0; i < 2; i++) {
            SimHttp.Answer answer = http.get("us-south", instances);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().get("code").asInt()).isEqualTo(503);
        }
        assertThat(http.get("us-south", instances).status()).isEqualTo(200);
        assertThat(control("GET", "/_sim/faults", null).json().get("faults")).isEmpty();
    }

    @Test
    void should_fault_only_matching_routes_and_respect_the_rate() {
        addFault("{\"route\":\"POST /pcloud/**\",\"type\":\"status\",\"status\":429}");
        addFault("{\"route\":\"GET /v1/*\",\"type\":\"status\",\"status\":500,\"rate\":0}");
        assertThat(http.get("us-south", instances).status()).as("GET not matched").isEqualTo(200);
        assertThat(http.get("us-south", "/v1/workspaces").status()).as("rate 0 never fires").isEqualTo(200);
        assertThat(http.post("us-south", instances + "/x/action", "{\"action\":\"start\"}").status()).isEqualTo(429);
    }

    @Test
    void should_switch_a_fault_off_through_the_control_endpoint() {
        String id = addFault("{\"regex\":\"GET /v1/workspaces.*\",\"type\":\"status\",\"status\":408}");
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(408);
        assertThat(control("GET", "/_sim/faults", null).json().get("faults").get(0).get("hits").asInt()).isEqualTo(1);
        assertThat(control("DELETE", "/_sim/faults/" + id, null).status()).isEqualTo(200);
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(200);
        addFault("{\"type\":\"status\"}");
        assertThat(control("DELETE", "/_sim/faults", null).json().get("faults")).isEmpty();
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(200);
    }

    @Test
    void should_refuse_a_fault_that_makes_no_sense() {
        SimHttp.Answer answer = control("POST", "/_sim/faults", "{\"type\":\"meltdown\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("unknown fault type");
    }

    @Test
    void should_refuse_a_misspelt_option_or_a_number_given_as_text_rather_than_run_a_default() {
        SimHttp.Answer misspelt = control("POST", "/_sim/faults", "{\"type\":\"latency\",\"latncyMs\":5}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("message").asText()).contains("unknown fault option 'latncyMs'");

        SimHttp.Answer text = control("POST", "/_sim/faults", "{\"type\":\"status\",\"status\":\"often\"}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("message").asText()).contains("status must be a number, was 'often'");
        assertThat(control("GET", "/_sim/faults", null).json().get("faults")).isEmpty();
    }

    @Test
    void should_take_back_a_fault_as_it_lists_it() {
        // given a fault listed by the control endpoint (with the id and hits it adds for reading)
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"status\",\"status\":500,\"times\":3}");
        JsonNode listed = control("GET", "/_sim/faults", null).json().get("faults").get(0);
        control("DELETE", "/_sim/faults", null);

        // when it is posted back, then it is taken as it was
        addFault(listed.toString());
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(500);
    }

    @Test
    void should_delay_answers_with_a_latency_fault() {
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"latency\",\"latencyMs\":300,\"latencyMaxMs\":400}");
        long started = System.nanoTime();
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void should_drop_the_connection_with_a_reset_fault() {
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"reset\",\"times\":1}");
        assertThatThrownBy(() -> http.get("us-south", "/v1/workspaces")).isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("us-south", "/v1/workspaces").status()).isEqualTo(200);
    }

    @Test
    void should_serve_a_request_then_drop_its_answer_with_a_reset_after_fault() {
        addFault("{\"route\":\"POST /pcloud/**/networks\",\"type\":\"reset\",\"phase\":\"after\",\"times\":1}");
        String networks = "/pcloud/v1/cloud-instances/" + sim.workspaces().get(0).id() + "/networks";

        assertThatThrownBy(() -> http.post("us-south", networks, "{\"name\":\"late-answer\",\"type\":\"vlan\","
                + "\"cidr\":\"10.77.0.0/24\"}")).isInstanceOf(UncheckedIOException.class);

        assertThat(http.get("us-south", networks).text()).contains("late-answer");
        assertThat(sim.requestsReceived("POST", networks)).isEqualTo(1);
    }

    @Test
    void should_send_malformed_and_truncated_json() {
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"malformed\",\"times\":1}");
        SimHttp.Answer malformed = http.get("us-south", "/v1/workspaces");
        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(() -> SimHttp.JSON.readTree(malformed.text())).isInstanceOf(JsonProcessingException.class);

        String whole = http.get("us-south", "/v1/workspaces").text();
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"truncated\",\"times\":1}");
        SimHttp.Answer truncated = http.get("us-south", "/v1/workspaces");
        assertThat(truncated.text()).hasSizeLessThan(whole.length());
        assertThat(whole).startsWith(truncated.text());
        assertThatThrownBy(() -> SimHttp.JSON.readTree(truncated.text())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void should_answer_an_html_error_page() {
        addFault("{\"route\":\"**\",\"type\":\"html\",\"status\":502,\"times\":1}");
        SimHttp.Answer page = http.get("us-south", "/v1/workspaces");
        assertThat(page.status()).isEqualTo(502);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("<html>").contains("502 Bad Gateway");
    }

    @Test
    void should_take_faults_from_start_options_and_fault_iam_too() {
        try (PowerVsSimulator faulty = PowerVsSimulator.builder().port(0)
                .fault("type=status,status=503,route=POST /identity/token,times=1").start()) {
            SimHttp client = new SimHttp(faulty, new ContractRecorder());
            assertThat(client.tokenResponse(faulty.apiKey()).status()).isEqualTo(503);
            assertThat(client.tokenResponse(faulty.apiKey()).status()).isEqualTo(200);
        }
    }

    @Test
    void should_send_retry_after_with_a_status_fault_that_asks_for_it() {
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"status\",\"status\":429,\"retryAfter\":2,\"times\":1}");
        SimHttp.Answer limited = http.get("us-south", "/v1/workspaces");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).isEqualTo("2");
        assertThat(http.get("us-south", "/v1/workspaces").retryAfter()).isNull();
    }

    @Test
    void should_refuse_retry_after_on_a_fault_that_sends_no_status() {
        SimHttp.Answer refused = control("POST", "/_sim/faults", "{\"type\":\"reset\",\"retryAfter\":1}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("retryAfter");
    }

    @Test
    void should_trickle_a_slow_body_over_the_asked_time_and_deliver_it_whole() {
        String whole = http.get("us-south", "/v1/workspaces").text();
        addFault("{\"route\":\"GET /v1/workspaces\",\"type\":\"slow\",\"latencyMs\":600,\"times\":1}");
        long started = System.nanoTime();
        SimHttp.Answer slow = http.get("us-south", "/v1/workspaces");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.text()).isEqualTo(whole);
        assertThat(tookMs).isGreaterThanOrEqualTo(500);
    }

    @Test
    void should_serve_a_post_then_drop_the_connection_with_a_reset_after_fault() {
        String volumes = "/pcloud/v1/cloud-instances/" + sim.workspaces().get(0).id() + "/volumes";
        addFault("{\"route\":\"POST /pcloud/**/volumes\",\"type\":\"reset-after\",\"times\":1}");
        assertThatThrownBy(() -> http.post("us-south", volumes, "{\"name\":\"v-after-reset\",\"size\":20}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("us-south", volumes).text()).as("the change happened although no answer came")
                .contains("v-after-reset");
    }

    @Test
    void should_count_every_request_but_the_control_ones_until_reset() {
        control("DELETE", "/_sim/requests", null);
        addFault("{\"route\":\"POST /pcloud/**\",\"type\":\"reset\",\"times\":1}");
        http.get("us-south", instances);
        http.get("us-south", instances);
        assertThatThrownBy(() -> http.post("us-south", instances + "/x/action", "{\"action\":\"start\"}"))
                .isInstanceOf(UncheckedIOException.class);

        SimHttp.Answer counted = control("GET", "/_sim/requests", null);
        assertThat(counted.json().get("requests").get("GET " + instances).asInt()).isEqualTo(2);
        assertThat(counted.json().get("requests").get("POST " + instances + "/x/action").asInt())
                .as("a reset request still reached the simulator once").isEqualTo(1);
        assertThat(counted.json().get("total").asInt()).isEqualTo(3);
        assertThat(sim.requests().count("GET", instances)).isEqualTo(2);

        assertThat(control("DELETE", "/_sim/requests", null).json().get("total").asInt()).isZero();
    }

    @Test
    void should_take_iam_down_while_api_calls_with_a_token_still_work() {
        addFault("{\"route\":\"POST /identity/token\",\"type\":\"status\",\"status\":503}");
        assertThat(http.tokenResponse(sim.apiKey()).status()).isEqualTo(503);
        assertThat(http.get("us-south", instances).status()).as("a token issued before IAM went down").isEqualTo(200);
        control("DELETE", "/_sim/faults", null);
        assertThat(http.tokenResponse(sim.apiKey()).status()).isEqualTo(200);
    }
}
