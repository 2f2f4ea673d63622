package com.pvsconsole.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.sim.PowerVsSimulator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Explain for the demo's servers in ERROR, read over HTTP from the simulator with its demo data. */
class ExplainerDemoTest {

    private static PowerVsSimulator sim;
    private static PowerVsClient client;
    private static final Map<String, Explanation> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, PvmInstance> SERVERS = new LinkedHashMap<>();

    @BeforeAll
    static void explainEveryServerInError() {
        sim = PowerVsSimulator.builder().port(0).timeScale(1000).start();
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test").iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate()).build());
        Explainer explainer = new Explainer(FaultCatalog.loadDefault());
        CancellationToken none = CancellationToken.none();
        for (PowerVsSimulator.WorkspaceInfo ws : sim.workspaces()) {
            WorkspaceContext ctx = WorkspaceContext.of(ws.region(), EndpointType.PUBLIC, Crn.parse(ws.crn()));
            List<Event> events = client.listEvents(ctx, Instant.EPOCH, null, none);
            QuotaHeadroom quota = QuotaHeadroom.of(client.getCloudInstance(ctx, none));
            client.listInstances(ctx, none).stream().filter(r -> "ERROR".equalsIgnoreCase(r.status())).forEach(r -> {
                PvmInstance server = client.getInstance(ctx, r.pvmInstanceID(), none);
                List<Event> itsEvents = events.stream().filter(e -> e.message() != null
                        && e.message().contains(server.serverName())).toList();
                SERVERS.put(server.serverName(), server);
                BY_NAME.put(server.serverName(), explainer.explain(new ExplainRequest(server, ws.zone(), itsEvents,
                        Optional.empty(), client.listJobs(ctx, none), quota, Optional.empty())));
            });
        }
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void should_find_the_two_demo_servers_in_error_and_know_both_faults() {
        assertThat(BY_NAME).hasSize(2);
        assertThat(BY_NAME.values()).allMatch(Explanation::known);
    }

    @Test
    void should_explain_no_valid_host_as_capacity_with_the_servers_own_values() {
        Explanation mq = BY_NAME.get("rhel-mq01");
        PvmInstance server = SERVERS.get("rhel-mq01");

        assertThat(mq.catalogEntry()).contains("no-valid-host");
        assertThat(mq.cause()).startsWith("No valid host was found").contains(server.sysType())
                .contains(server.procType()).doesNotContain("{");
        assertThat(mq.nextStep()).contains("another machine type");
        assertThat(mq.evidence()).anyMatch(e -> e.kind() == Evidence.Kind.FAULT
                && e.text().contains("Boot volume could not be attached: No valid host was found"));
    }

    @Test
    void should_explain_lost_storage_connectivity_as_a_host_problem() {
        Explanation app = BY_NAME.get("aixprd-app01");

        assertThat(app.catalogEntry()).contains("host-lost");
        assertThat(app.cause()).contains("Host s922-dal10-14 lost storage connectivity during migration")
                .contains("IBM's side");
        assertThat(app.nextStep()).contains("Reset state");
        assertThat(app.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.FAULT, Evidence.Kind.QUOTA);
    }
}
