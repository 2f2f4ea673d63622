package com.pvsconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real API client against the real simulator, over real HTTP: the two halves agree on the wire. */
class ClientAgainstSimulatorTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final CancellationToken none = CancellationToken.none();
    private PowerVsSimulator sim;

    @BeforeEach
    void start() {
        sim = PowerVsSimulator.builder().port(0).clock(clock).timeScale(1.0).tokenLifetime(Duration.ofMinutes(20)).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private PowerVsClient client(Clock clientClock) {
        return OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "e2e-test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .clock(clientClock)
                .build());
    }

    private static WorkspaceContext context(String region, Workspace ws) {
        return WorkspaceContext.of(region, EndpointType.PUBLIC, Crn.parse(ws.details().crn()));
    }

    @Test
    void should_list_workspaces_of_two_regions_and_act_on_instances() {
        PowerVsClient client = client(clock);

        List<Workspace> dallas = client.listWorkspaces(RegionEndpoint.publicEndpoint("us-south"), none);
        List<Workspace> frankfurt = client.listWorkspaces(RegionEndpoint.publicEndpoint("eu-de"), none);
        assertThat(dallas).extracting(Workspace::name).containsExactly("prod-dallas", "dev-dallas");
        assertThat(frankfurt).extracting(Workspace::name).containsExactly("sap-frankfurt");

        WorkspaceContext prod = context("us-south", dallas.get(0));
        List<PvmInstanceReference> instances = client.listInstances(prod, none);
        assertThat(instances).hasSize(14);
        assertThat(instances).extracting(PvmInstanceReference::status).contains("ACTIVE", "ERROR", "SHUTOFF");
        PvmInstanceReference running = instances.stream().filter(i -> i.status().equals("ACTIVE")).findFirst().orElseThrow();
        assertThat(client.getInstance(prod, running.pvmInstanceID(), none).serverName()).isEqualTo(running.serverName());

        client.performInstanceAction(prod, running.pvmInstanceID(), InstanceAction.STOP, none);
        assertThat(client.getInstance(prod, running.pvmInstanceID(), none).status()).isEqualTo("STOPPING");
        clock.advance(Duration.ofMinutes(2));
        assertThat(client.getInstance(prod, running.pvmInstanceID(), none).status()).isEqualTo("SHUTOFF");
        client.performInstanceAction(prod, running.pvmInstanceID(), InstanceAction.START, none);
        clock.advance(Duration.ofMinutes(2));
        assertThat(client.getInstance(prod, running.pvmInstanceID(), none).status()).isEqualTo("ACTIVE");

        WorkspaceContext sap = context("eu-de", frankfurt.get(0));
        assertThat(client.listInstances(sap, none)).extracting(PvmInstanceReference::serverName)
                .anyMatch(name -> name.startsWith("sles-hana"));
        assertThat(client.listVolumes(prod, none)).isNotEmpty();
        assertThat(client.listNetworks(prod, none)).isNotEmpty();
        assertThat(client.listEvents(prod, Instant.parse("2026-01-01T00:00:00Z"), null, none)).isNotEmpty();
    }

    @Test
    void should_get_a_new_token_when_the_old_one_expires() {
        PowerVsClient client = client(clock);
        RegionEndpoint dallas = RegionEndpoint.publicEndpoint("us-south");
        client.listWorkspaces(dallas, none);
        int before = sim.issuedTokenCount();

        clock.advance(Duration.ofMinutes(25));
        assertThat(client.listWorkspaces(dallas, none)).hasSize(2);
        assertThat(sim.issuedTokenCount()).as("the client noticed expiry and re-authenticated").isEqualTo(before + 1);
    }

    @Test
    void should_recover_when_the_service_rejects_a_token_the_client_still_trusts() {
        // the client's own clock stands still, so only the simulator's 401 tells it the token has run out
        PowerVsClient client = client(new ManualClock(clock.instant()));
        RegionEndpoint dallas = RegionEndpoint.publicEndpoint("us-south");
        client.listWorkspaces(dallas, none);
        int before = sim.issuedTokenCount();

        clock.advance(Duration.ofMinutes(25));
        assertThat(client.listWorkspaces(dallas, none)).hasSize(2);
        assertThat(sim.issuedTokenCount()).isEqualTo(before + 1);
    }
}
