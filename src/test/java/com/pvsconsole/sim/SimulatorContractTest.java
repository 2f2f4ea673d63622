package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route the simulator serves, in success and in error, answers what the definition
 * allows: a listed status code and a body valid (strictly) against that status's schema.
 */
class SimulatorContractTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final ContractRecorder recorder = new ContractRecorder();
    private PowerVsSimulator sim;
    private SimHttp http;
    private String ws;
    private String base;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).clock(clock).timeScale(1.0).tokenLifetime(Duration.ofDays(1)).start();
        http = new SimHttp(sim, recorder).login();
        ws = sim.workspaces().get(0).id();
        base = "/pcloud/v1/cloud-instances/" + ws;
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode ok(SimHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        return answer.json();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void should_answer_every_served_route_within_the_definition() {
        // given the demo seed, when a scenario touches every route
        ok(http.get("us-south", "/v1/workspaces"), 200);
        ok(http.get("us-south", "/v1/workspaces/" + ws), 200);
        ok(http.get("us-south", "/v1/datacenters"), 200);
        ok(http.send("us-south", "GET", "/v1/datacenters", null, null), 200);
        ok(http.send("us-south", "GET", "/v1/datacenters/private", null, null), 200);
        ok(http.get("us-south", "/v1/datacenters/dal10"), 200);
        ok(http.get("us-south", "/v1/datacenters/private"), 200);
        ok(http.get("us-south", "/v1/datacenters/private/jp-tok"), 200);
        ok(http.get("us-south", base), 200);

        JsonNode stock = ok(http.get("us-south", base + "/stock-images"), 200).get("images");
        String stockId = stock.get(stock.size() - 1).get("imageID").asText();
        ok(http.get("us-south", base + "/stock-images/" + stockId), 200);
        ok(http.get("us-south", "/pcloud/v1/images"), 200);
        ok(http.get("us-south", "/pcloud/v1/images/" + stockId), 200);
        String imported = ok(http.post("us-south", base + "/images",
                "{\"source\":\"root-project\",\"imageID\":\"" + stockId + "\"}"), 201).get("imageID").asText();
        ok(http.get("us-south", base + "/images"), 200);
        ok(http.get("us-south", base + "/images/" + imported), 200);
        later();
        JsonNode jobs = ok(http.get("us-south", base + "/jobs"), 200).get("jobs");
        String jobId = jobs.get(0).get("id").asText();
        ok(http.get("us-south", base + "/jobs/" + jobId), 200);
        ok(http.delete("us-south", base + "/jobs/" + jobId), 200);
        ok(http.delete("us-south", base + "/images/" + imported), 200);

        String net = ok(http.post("us-south", base + "/networks",
                "{\"type\":\"vlan\",\"name\":\"contract-net\",\"cidr\":\"192.168.50.0/24\"}"), 201).get("networkID").asText();
        ok(http.get("us-south", base + "/networks"), 200);
        ok(http.get("us-south", base + "/networks/" + net), 200);
        String port = ok(http.post("us-south", base + "/networks/" + net + "/ports", "{\"description\":\"vip\"}"), 201)
                .get("portID").asText();
        ok(http.get("us-south", base + "/networks/" + net + "/ports"), 200);
        ok(http.get("us-south", base + "/networks/" + net + "/ports/" + port), 200);
        ok(http.delete("us-south", base + "/networks/" + net + "/ports/" + port), 200);

        String keys = "/pcloud/v1/tenants/" + sim.accountId() + "/sshkeys";
        ok(http.get("us-south", keys), 200);
        ok(http.post("us-south", keys, "{\"name\":\"contract\",\"sshKey\":\"ssh-ed25519 AAAAC3Nza contract@test\"}"), 201);
        ok(http.get("us-south", keys + "/contract"), 200);
        ok(http.put("us-south", keys + "/contract", "{\"name\":\"contract\",\"sshKey\":\"ssh-ed25519 AAAAC3Nzb contract@test\"}"), 200);
        ok(http.delete("us-south", keys + "/contract"), 200);

        String image = ok(http.get("us-south", base + "/images"), 200).get("images").get(0).get("imageID").asText();
        JsonNode created = ok(http.post("us-south", base + "/pvm-instances", "{\"serverName\":\"contract-vm\",\"imageID\":\""
                + image + "\",\"processors\":0.5,\"procType\":\"shared\",\"memory\":4,\"sysType\":\"s922\","
                + "\"networks\":[{\"networkID\":\"" + net + "\"}],\"keyPairName\":\"ops-team\"}"), 201);
        String vm = created.get(0).get("pvmInstanceID").asText();
        for (JsonNode stockImage : stock) {
            boolean sap = stockImage.get("name").asText().contains("SAP");
            JsonNode sapCreated = ok(http.post("us-south", base + "/sap", "{\"name\":\"contract-hana-"
                    + stockImage.get("name").asText() + "\",\"imageID\":\"" + stockImage.get("imageID").asText()
                    + "\",\"profileID\":\"ush1-4x128\",\"sysType\":\"e980\",\"networks\":[{\"networkID\":\""
                    + net + "\"}]}"), sap ? 201 : 422);
            if (sap) {
                // out of the way again: the network is deleted at the end
                ok(http.delete("us-south", base + "/pvm-instances/" + sapCreated.get(0).get("pvmInstanceID").asText()), 200);
            }
        }
        String one = base + "/pvm-instances/" + vm;
        ok(http.get("us-south", base + "/pvm-instances"), 200);
        ok(http.get("us-south", one), 200);
        later();
        ok(http.post("us-south", one + "/console", null), 201);
        ok(http.get("us-south", one + "/console"), 200);
        ok(http.get("us-south", one + "/networks"), 200);
        ok(http.put("us-south", one, "{\"processors\":1,\"memory\":8}"), 202);
        later();
        ok(http.post("us-south", one + "/action", "{\"action\":\"stop\"}"), 200);
        later();

        String vol = ok(http.post("us-south", base + "/volumes", "{\"name\":\"contract-vol\",\"size\":20,\"diskType\":\"tier1\"}"), 202)
                .get("volumeID").asText();
        ok(http.get("us-south", base + "/volumes"), 200);
        later(); // a volume grows once it is available, not while it is being created
        ok(http.put("us-south", base + "/volumes/" + vol, "{\"size\":30}"), 200);
        ok(http.get("us-south", base + "/volumes/" + vol), 200);
        ok(http.post("us-south", one + "/volumes/" + vol, null), 200);
        ok(http.get("us-south", one + "/volumes"), 200);
        ok(http.get("us-south", one + "/volumes/" + vol), 200);
        ok(http.delete("us-south", one + "/volumes/" + vol), 202);
        ok(http.delete("us-south", base + "/volumes/" + vol), 200);

        ok(http.post("us-south", one + "/capture", "{\"captureName\":\"contract-capture\",\"captureDestination\":\"image-catalog\"}"), 202);
        later();
        ok(http.post("us-south", one.replace("/pcloud/v1/", "/pcloud/v2/") + "/capture",
                "{\"captureName\":\"contract-capture-v2\",\"captureDestination\":\"image-catalog\"}"), 202);
        JsonNode events = ok(http.get("us-south", base + "/events?time=2026-11-29T00:00:00Z"), 200).get("events");
        ok(http.get("us-south", base + "/events/" + events.get(0).get("eventID").asText()), 200);
        new CoverageRoutes(http, clock, ws).exercise(vm, net);
        ok(http.delete("us-south", one + "?delete_data_volumes=true"), 200);
        later();
        ok(http.get("us-south", base + "/jobs"), 200);
        ok(http.delete("us-south", base + "/networks/" + net), 200);

        // and every route once more with unknown ids and without a token
        for (String operation : sim.servedOperations()) {
            if (!operation.contains("{")) {
                continue;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "nope");
            String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
            SimHttp.Answer unknown = http.send("us-south", method, path, body,
                    "crn:v1:bluemix:public:power-iaas:dal10:a/" + sim.accountId() + ":nope::");
            assertThat(unknown.status()).as(operation).isBetween(400, 499);
        }
        http.useToken(null);
        for (String operation : sim.servedOperations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1).replace("{cloud_instance_id}", ws)
                    .replace("{tenant_id}", sim.accountId()).replaceAll("\\{[^}]+}", "x");
            assertThat(http.send("us-south", method, path, null, sim.workspaces().get(0).crn()).status())
                    .as(operation).isEqualTo(401);
        }

        // then every exchange was valid and every served route was exercised
        assertThat(recorder.problems()).isEmpty();
        assertThat(recorder.covered()).containsAll(sim.servedOperations());
    }
}
