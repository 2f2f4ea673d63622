package com.pvsconsole.api;

import static com.pvsconsole.api.FakePowerVs.CTX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pvsconsole.api.http.RetryPolicy;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.model.WorkspaceDetails;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the client follows the service more closely: 409 per situation, write timeouts, CRN variants. */
class FidelityTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final HintCatalog HINTS = new HintCatalog(Locale.ROOT);

    @RegisterExtension
    final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none()).build());

    private String hintOf409(Consumer<PowerVsClient> call) {
        fake.onApi(r -> FakePowerVs.json(409, "{\"description\":\"conflict\"}"));
        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> call.accept(client));
        assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(HINTS.contains(e.hintKey())).as("catalog has %s", e.hintKey()).isTrue();
        return e.hintKey();
    }

    @Test
    void should_explain_a_409_by_what_was_asked() {
        String action = hintOf409(c -> c.performInstanceAction(CTX, "vm-1", InstanceAction.START, NONE));
        String create = hintOf409(c -> c.createSnapshot(CTX, "vm-1", SnapshotCreate.builder().name("s1").build(), NONE));
        String createVolume = hintOf409(c -> c.createVolume(CTX,
                CreateDataVolume.builder().name("d").size(10.0).build(), NONE));
        String grow = hintOf409(c -> c.updateVolume(CTX, "vol-1", null, UpdateVolume.builder().size(50.0).build(), NONE));
        String detach = hintOf409(c -> c.detachVolume(CTX, "vm-1", "vol-1", NONE));
        String resize = hintOf409(c -> c.updateInstance(CTX, "vm-1", PvmInstanceUpdate.builder().memory(8.0).build(),
                NONE));

        assertThat(action).isEqualTo("status.409");
        assertThat(HINTS.hint(action)).isEqualTo("The entity is already in the requested state.");
        assertThat(create).isEqualTo("status.409.create").isEqualTo(createVolume);
        assertThat(grow).isEqualTo("status.409.volume").isEqualTo(detach);
        assertThat(resize).isEqualTo("status.409.busy");
        assertThat(Map.of(action, 1, create, 2, grow, 3, resize, 4)).as("four different hints").hasSize(4);
    }

    @Test
    void should_not_retry_a_timed_out_post_and_say_it_may_have_been_carried_out() {
        fake.onApi(r -> new MockResponse.Builder().code(202).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        PowerVsClient impatient = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.defaults())
                .writeTimeout(Duration.ofMillis(300)).build());

        PowerVsException e = catchThrowableOfType(PowerVsException.class, () -> impatient.createSnapshot(CTX, "vm-1",
                SnapshotCreate.builder().name("s1").build(), NONE));

        assertThat(e.category()).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(e.hintKey()).isEqualTo("network.timeout.write");
        assertThat(HINTS.hint(e.hintKey())).containsIgnoringCase("refresh").contains("may still have been carried out");
        assertThat(fake.apiRequests).as("sent once, never retried").hasSize(1);
    }

    @Test
    void should_give_writes_minutes_while_reads_keep_their_shorter_timeout() {
        fake.onApi(r -> new MockResponse.Builder().code(200).body("{}").headersDelay(700, TimeUnit.MILLISECONDS).build());
        PowerVsClient config = OkHttpPowerVsClient.create(fake.config().retryPolicy(RetryPolicy.none())
                .timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5))
                .writeTimeout(Duration.ofSeconds(5)).build());

        config.deleteSnapshot(CTX, "snap-1", NONE);
        PowerVsException read = catchThrowableOfType(PowerVsException.class, () -> config.listSnapshots(CTX, NONE));

        assertThat(read.hintKey()).isEqualTo("network.timeout");
        assertThat(PowerVsClientConfig.builder(() -> "k", "v").build().writeTimeout()).isGreaterThanOrEqualTo(
                Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"power-iaas", "ppc-aas"})
    void should_accept_both_power_vs_service_names_and_send_the_crn_as_given(String service) {
        String text = "crn:v1:bluemix:public:" + service + ":dal10:a/" + FakePowerVs.ACCOUNT + ":ws-1::";

        Crn crn = Crn.parse(text);

        assertThat(crn.serviceName()).isEqualTo(service);
        assertThat(crn.format()).isEqualTo(text);
    }

    @Test
    void should_name_the_workspace_that_came_without_a_crn() {
        Workspace noCrn = new Workspace(Map.of(), new WorkspaceDetails("2026-01-01T00:00:00Z", null, null, null, null),
                "ws-7", null, "prod-eu", "active", "off-premises");

        PowerVsException e = catchThrowableOfType(PowerVsException.class,
                () -> WorkspaceContext.forWorkspace(RegionEndpoint.publicEndpoint("eu-de"), noCrn));

        assertThat(e.hintKey()).isEqualTo("input.workspace.no_crn");
        assertThat(e.getMessage()).contains("prod-eu", "ws-7");
        assertThat(HINTS.contains("input.workspace.no_crn")).isTrue();
    }
}
