package com.pvsconsole.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each action walks its states on the simulator's clock, and every change is an event. */
class LifecycleTest {

    private static final Duration LONG_ENOUGH = Duration.ofMinutes(2);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final ContractRecorder recorder = new ContractRecorder();
    private PowerVsSimulator sim;
    private SimHttp http;
    private String base;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).clock(clock).timeScale(1.0).tokenLifetime(Duration.ofDays(1)).start();
        http = new SimHttp(sim, recorder).login();
        base = "/pcloud/v1/cloud-instances/" + sim.workspaces().get(0).id();
    }

    @AfterEach
    void stop() {
        sim.close();
        assertThat(recorder.problems()).isEmpty();
    }

    private JsonNode instance(String id) {
        return http.get("us-south", base + "/pvm-instances/" + id).json();
    }

    private String status(String id) {
        return instance(id).get("status").asText();
    }

    private void act(String id, String action) {
        SimHttp.Answer answer = http.post("us-south", base + "/pvm-instances/" + id + "/action", "{\"action\":\"" + action + "\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private List<String> eventActions() {
        List<String> actions = new ArrayList<>();
        http.get("us-south", base + "/events?from_time=2026-11-29T00:00:00Z").json().get("events")
                .forEach(e -> actions.add(e.get("resource").asText() + ":" + e.get("action").asText()));
        return actions;
    }

    private String createInstance() {
        String image = http.get("us-south", base + "/images").json().get("images").get(0).get("imageID").asText();
        String net = http.get("us-south", base + "/networks").json().get("networks").get(0).get("networkID").asText();
        SimHttp.Answer created = http.post("us-south", base + "/pvm-instances", "{\"serverName\":\"life-1\",\"imageID\":\"" + image
                + "\",\"processors\":1,\"procType\":\"shared\",\"memory\":8,\"networkIDs\":[\"" + net + "\"]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get(0).get("pvmInstanceID").asText();
    }

    @Test
    void should_build_then_run_then_walk_every_power_action() {
        String vm = createInstance();
        JsonNode building = instance(vm);
        assertThat(building.get("status").asText()).isEqualTo("BUILD");
        assertThat(building.get("health").get("status").asText()).isEqualTo("WARNING");
        assertThat(building.get("addresses")).hasSize(1);

        clock.advance(Duration.ofSeconds(30));
        assertThat(instance(vm).get("progress").asDouble()).isEqualTo(50.0);
        clock.advance(LONG_ENOUGH);
        JsonNode active = instance(vm);
        assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.get("health").get("status").asText()).isEqualTo("OK");
        assertThat(active.get("volumeIDs")).hasSize(1);

        act(vm, "stop");
        assertThat(status(vm)).isEqualTo("STOPPING");
        clock.advance(LONG_ENOUGH);
        assertThat(status(vm)).isEqualTo("SHUTOFF");

        act(vm, "start");
        assertThat(instance(vm).get("taskState").asText()).isEqualTo("powering-on");
        clock.advance(LONG_ENOUGH);
        assertThat(status(vm)).isEqualTo("ACTIVE");

        act(vm, "soft-reboot");
        assertThat(status(vm)).isEqualTo("REBOOT");
        clock.advance(LONG_ENOUGH);
        assertThat(status(vm)).isEqualTo("ACTIVE");

        act(vm, "hard-reboot");
        assertThat(status(vm)).isEqualTo("HARD_REBOOT");
        clock.advance(LONG_ENOUGH);
        assertThat(status(vm)).isEqualTo("ACTIVE");

        act(vm, "immediate-shutdown");
        assertThat(status(vm)).isEqualTo("SHUTOFF");

        assertThat(eventActions()).contains("pvm-instance:create", "pvm-instance:stop", "pvm-instance:start",
                "pvm-instance:soft-reboot", "pvm-instance:hard-reboot", "pvm-instance:immediate-shutdown");
    }

    @Test
    void should_resize_through_RESIZE_and_delete_through_DELETING() {
        String vm = createInstance();
        clock.advance(LONG_ENOUGH);
        SimHttp.Answer resize = http.put("us-south", base + "/pvm-instances/" + vm, "{\"processors\":2,\"memory\":16}");
        assertThat(resize.status()).isEqualTo(202);
        assertThat(status(vm)).isEqualTo("RESIZE");
        clock.advance(LONG_ENOUGH);
        JsonNode resized = instance(vm);
        assertThat(resized.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(resized.get("processors").asDouble()).isEqualTo(2.0);
        assertThat(resized.get("memory").asDouble()).isEqualTo(16.0);

        assertThat(http.delete("us-south", base + "/pvm-instances/" + vm).status()).isEqualTo(200);
        assertThat(status(vm)).isEqualTo("DELETING");
        assertThat(http.delete("us-south", base + "/pvm-instances/" + vm).status()).isEqualTo(409);
        clock.advance(LONG_ENOUGH);
        assertThat(http.get("us-south", base + "/pvm-instances/" + vm).status()).isEqualTo(404);
        assertThat(eventActions()).contains("pvm-instance:resize", "pvm-instance:delete");
    }

    @Test
    void should_reset_an_instance_in_ERROR_to_ACTIVE() {
        String broken = null;
        for (JsonNode ref : http.get("us-south", base + "/pvm-instances").json().get("pvmInstances")) {
            if (ref.get("status").asText().equals("ERROR")) {
                broken = ref.get("pvmInstanceID").asText();
            }
        }
        assertThat(broken).as("the seed has an instance in ERROR").isNotNull();
        assertThat(instance(broken).get("fault").get("message").asText()).isNotBlank();
        act(broken, "reset-state");
        JsonNode reset = instance(broken);
        assertThat(reset.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(reset.get("health").get("status").asText()).isEqualTo("OK");
        assertThat(reset.has("fault")).isFalse();
        assertThat(eventActions()).contains("pvm-instance:reset-state");
    }

    @Test
    void should_take_a_volume_from_creating_to_available_to_in_use_and_back() {
        String vm = createInstance();
        clock.advance(LONG_ENOUGH);
        String vol = http.post("us-south", base + "/volumes", "{\"name\":\"data-1\",\"size\":50}").json().get("volumeID").asText();
        assertThat(http.get("us-south", base + "/volumes/" + vol).json().get("state").asText()).isEqualTo("creating");
        clock.advance(LONG_ENOUGH);
        assertThat(http.get("us-south", base + "/volumes/" + vol).json().get("state").asText()).isEqualTo("available");
        assertThat(http.post("us-south", base + "/pvm-instances/" + vm + "/volumes/" + vol, null).status()).isEqualTo(200);
        JsonNode attached = http.get("us-south", base + "/volumes/" + vol).json();
        assertThat(attached.get("state").asText()).isEqualTo("in-use");
        assertThat(attached.get("pvmInstanceIDs").get(0).asText()).isEqualTo(vm);
        assertThat(http.post("us-south", base + "/pvm-instances/" + vm + "/volumes/" + vol, null).status()).isEqualTo(409);
        assertThat(http.delete("us-south", base + "/volumes/" + vol).status()).as("in use").isEqualTo(400);
        assertThat(http.delete("us-south", base + "/pvm-instances/" + vm + "/volumes/" + vol).status()).isEqualTo(202);
        assertThat(http.get("us-south", base + "/volumes/" + vol).json().get("state").asText()).isEqualTo("available");
        assertThat(eventActions()).contains("volume:create", "volume:attach", "volume:detach");
    }

    @Test
    void should_run_capture_and_import_as_jobs_and_refuse_the_deprecated_url_source() {
        String vm = createInstance();
        clock.advance(LONG_ENOUGH);
        String job = http.post("us-south", base + "/pvm-instances/" + vm + "/capture",
                "{\"captureName\":\"golden-1\",\"captureDestination\":\"image-catalog\"}").json().get("id").asText();
        assertThat(jobState(job)).isEqualTo("queued");
        assertThat(http.post("us-south", base + "/pvm-instances/" + vm + "/capture",
                "{\"captureName\":\"golden-2\",\"captureDestination\":\"image-catalog\"}").status())
                .as("one job at a time").isEqualTo(409);
        clock.advance(Duration.ofSeconds(10));
        assertThat(jobState(job)).isEqualTo("running");
        clock.advance(LONG_ENOUGH);
        assertThat(jobState(job)).isEqualTo("completed");
        assertThat(http.get("us-south", base + "/images").json().get("images").findValuesAsText("name")).contains("golden-1");

        SimHttp.Answer deprecated = http.post("us-south", base + "/images", "{\"source\":\"url\",\"imageName\":\"old\","
                + "\"bucketName\":\"b\",\"imageFilename\":\"old.ova.gz\",\"region\":\"us-south\",\"osType\":\"aix\"}");
        assertThat(deprecated.status()).as("the url source is deprecated").isEqualTo(422);
        assertThat(deprecated.text()).contains("deprecated", "cos-images");
        assertThat(eventActions()).contains("job:create", "job:update", "image:create");
    }

    private String jobState(String id) {
        return http.get("us-south", base + "/jobs/" + id).json().get("status").get("state").asText();
    }
}
