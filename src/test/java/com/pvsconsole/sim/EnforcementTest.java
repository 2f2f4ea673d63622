package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's refusals: 401, 403, 404, 400 with the Error body, and 409. */
class EnforcementTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final ContractRecorder recorder = new ContractRecorder();
    private PowerVsSimulator sim;
    private SimHttp http;
    private String ws;
    private String instances;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).clock(clock).tokenLifetime(Duration.ofMinutes(20)).start();
        http = new SimHttp(sim, recorder).login();
        ws = sim.workspaces().get(0).id();
        instances = "/pcloud/v1/cloud-instances/" + ws + "/pvm-instances";
    }

    @AfterEach
    void stop() {
        sim.close();
        assertThat(recorder.problems()).isEmpty();
    }

    private static void assertError(SimHttp.Answer answer, int status, String messagePart) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        JsonNode body = answer.json();
        assertThat(body.get("code").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("description").asText()).containsIgnoringCase(messagePart);
        assertThat(body.get("message").asText()).isEqualTo(body.get("description").asText());
    }

    @Test
    void should_answer_401_without_token_with_bad_token_and_with_expired_token() {
        SimHttp anonymous = new SimHttp(sim, recorder);
        assertError(anonymous.get("us-south", instances), 401, "Authorization");
        anonymous.useToken("not-a-token");
        assertError(anonymous.get("us-south", instances), 401, "not valid");

        assertThat(http.get("us-south", instances).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(21));
        assertError(http.get("us-south", instances), 401, "expired");
    }

    @Test
    void should_refuse_a_wrong_api_key_with_iam_error_body() {
        SimHttp.Answer answer = http.tokenResponse("wrong-key");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errorCode").asText()).isEqualTo("BXNIM0415E");
        assertThat(answer.json().get("errorMessage").asText()).contains("API key");
        assertThat(answer.json().get("context").get("requestType").asText()).isEqualTo("incoming.OIDC_Token");
    }

    @Test
    void should_issue_refreshable_tokens_in_iam_shape() {
        JsonNode token = http.tokenResponse(sim.apiKey()).json();
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(1200);
        assertThat(token.get("expiration").asLong()).isEqualTo(clock.instant().getEpochSecond() + 1200);
        JsonNode refreshed = http.refresh(token.get("refresh_token").asText()).json();
        assertThat(refreshed.get("access_token").asText()).isNotEqualTo(token.get("access_token").asText());
        assertThat(http.refresh(token.get("refresh_token").asText()).status())
                .as("a refresh token is spent once").isEqualTo(400);
    }

    @Test
    void should_answer_403_for_missing_or_mismatched_crn() {
        String other = sim.workspaces().get(1).id();
        assertError(http.send("us-south", "GET", instances, null, null), 403, "CRN header is required");
        assertError(http.send("us-south", "GET", instances, null, http.crnOf(other)), 403, "names workspace");
        String foreign = http.crnOf(ws).replace(sim.accountId(), "0123456789abcdef0123456789abcdef");
        assertError(http.send("us-south", "GET", instances, null, foreign), 403, "account");
        assertError(http.send("us-south", "POST", instances, "{}", null), 403, "CRN header is required");
    }

    @Test
    void should_answer_404_for_unknown_ids_and_other_regions_workspaces() {
        assertError(http.get("us-south", instances + "/no-such-vm"), 404, "no-such-vm");
        assertError(http.get("us-south", "/pcloud/v1/cloud-instances/no-such-ws/volumes"), 404, "no-such-ws");
        String frankfurt = sim.workspaces().stream().filter(w -> w.region().equals("eu-de")).findFirst().orElseThrow().id();
        // Its CRN names a zone of eu-de: the us-south host refuses it before looking for the workspace.
        assertError(http.get("us-south", "/pcloud/v1/cloud-instances/" + frankfurt + "/pvm-instances"), 403,
                "not in region us-south");
        assertThat(http.get("eu-de", "/pcloud/v1/cloud-instances/" + frankfurt + "/pvm-instances").status()).isEqualTo(200);
    }

    @Test
    void should_answer_400_for_missing_required_wrong_type_and_enum_out_of_range() {
        assertError(http.post("us-south", instances, "{\"serverName\":\"x\",\"processors\":1,\"procType\":\"shared\",\"memory\":4}"),
                400, "imageID is required");
        assertError(http.post("us-south", instances, "{\"serverName\":\"x\",\"imageID\":\"i\",\"processors\":\"one\","
                + "\"procType\":\"shared\",\"memory\":4}"), 400, "processors must be of type number");
        assertError(http.post("us-south", instances, "{\"serverName\":\"x\",\"imageID\":\"i\",\"processors\":1,"
                + "\"procType\":\"turbo\",\"memory\":4}"), 400, "procType must be one of");
        String vm = firstInstance("ACTIVE");
        assertError(http.post("us-south", instances + "/" + vm + "/action", "{\"action\":\"explode\"}"), 400, "action");
        assertError(http.post("us-south", instances + "/" + vm + "/action", "not json"), 400, "not valid JSON");
        assertError(http.delete("us-south", instances + "/" + vm + "?delete_data_volumes=maybe"), 400, "boolean");
    }

    @Test
    void should_answer_409_for_an_action_to_the_state_the_instance_is_in() {
        String vm = firstInstance("ACTIVE");
        assertError(http.post("us-south", instances + "/" + vm + "/action", "{\"action\":\"start\"}"), 409, "already started");
        String stopped = firstInstance("SHUTOFF");
        assertError(http.post("us-south", instances + "/" + stopped + "/action", "{\"action\":\"stop\"}"), 409, "already stopped");
        assertThat(http.post("us-south", instances + "/" + vm + "/action", "{\"action\":\"stop\"}").status()).isEqualTo(200);
        assertError(http.post("us-south", instances + "/" + vm + "/action", "{\"action\":\"start\"}"), 409, "busy");
    }

    private String firstInstance(String status) {
        for (JsonNode ref : http.get("us-south", instances).json().get("pvmInstances")) {
            if (ref.get("status").asText().equals(status)) {
                return ref.get("pvmInstanceID").asText();
            }
        }
        throw new AssertionError("the seed has no " + status + " instance in " + ws);
    }
}
