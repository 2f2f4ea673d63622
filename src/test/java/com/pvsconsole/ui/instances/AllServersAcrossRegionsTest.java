package com.pvsconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.task.QueuedTaskExecutor;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.sim.state.ScalePlan;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * All servers against the simulator over HTTP, on a fleet of generated workspaces spread over
 * several regions: one table for all of them, and a bulk action across workspaces that sends each
 * request to the instance's own workspace, with one result per instance.
 */
class AllServersAcrossRegionsTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private PowerVsSimulator sim;
    private InventoryService store;
    private InstancesViewModel servers;

    @BeforeEach
    void setUp() {
        sim = PowerVsSimulator.builder().port(0).timeScale(0.01)
                .scale(new ScalePlan(3, 0, 1, 0, 0, 6)).start();
        RegionCatalog catalog = RegionCatalog.loadDefault();
        PowerVsClient client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(catalog)
                .build());
        store = new InventoryService("fleet", client, catalog, executor, Clock.systemUTC(),
                RefreshPolicy.defaults(Duration.ZERO), 4);
        servers = InstancesViewModel.fleet(store, messages);
        this.client = client;
    }

    private PowerVsClient client;

    @AfterEach
    void tearDown() {
        executor.shutdown();
        sim.close();
    }

    @Test
    void should_hold_every_workspace_of_every_region_and_send_a_bulk_stop_to_each_instance_s_own_workspace() {
        // given every region discovered and every workspace's lists loaded
        store.discover(EndpointType.PUBLIC);
        executor.runUntil(() -> !store.workspaces().isEmpty()
                && store.workspaces().stream().allMatch(ws -> store.isLoaded(ws, ResourceKind.INSTANCES)));
        executor.runAll();
        Set<String> regions = servers.allRows().stream().map(r -> r.scope().region()).collect(Collectors.toSet());
        assertThat(regions).as("regions on All servers").hasSizeGreaterThanOrEqualTo(3);
        int expected = store.workspaces().stream().mapToInt(ws -> store.instances(ws).size()).sum();
        assertThat(servers.allRows()).hasSize(expected);

        // and one ACTIVE server picked from each of two workspaces in different regions
        InstanceRow first = active(servers.allRows(), null);
        InstanceRow second = active(servers.allRows(), first);
        List<Confirmation.Scope> named = new ArrayList<>();
        ScriptedDialogs dialogs = new ScriptedDialogs() {
            @Override
            public boolean confirm(Confirmation request) {
                named.add(request.scope());
                return super.confirm(request);
            }
        };
        InstanceActionsViewModel actions = new InstanceActionsViewModel(new ActionService(client, executor,
                Duration.ofMillis(10), Duration.ofSeconds(5)), servers, dialogs, messages);
        actions.setSelection(List.of(first, second));
        sim.requests().clear();

        // when the user stops both at once
        actions.perform(InstanceActionKind.STOP);
        executor.runUntil(() -> actions.lastResultProperty().get().contains(second.name() + " ("));

        // then each request went once to its own workspace and none to the other's
        String seen = sim.requests().toJson().toString() + " result=" + actions.lastResultProperty().get();
        assertThat(sim.requestsReceived("POST", actionPath(first))).as(seen).isEqualTo(1);
        assertThat(sim.requestsReceived("POST", actionPath(first))).isEqualTo(1);
        assertThat(sim.requestsReceived("POST", actionPath(second))).isEqualTo(1);
        assertThat(sim.requestsReceived("POST", "/pcloud/v1/cloud-instances/" + first.scope().workspaceId()
                + "/pvm-instances/" + second.id() + "/action")).isZero();
        // and there is one result per instance, each accepted
        String result = actions.lastResultProperty().get();
        // each named with its own workspace, so the line still says where after a switch
        assertThat(result).contains(first.name() + " (" + first.scope().workspaceName() + "): ")
                .contains(second.name() + " (" + second.scope().workspaceName() + "): ");
        assertThat(result.split(messages.get("outcome.accepted"), -1)).hasSize(3);
        assertThat(actions.actionProblemProperty().get()).isNull();
        // and the confirmation named the workspaces it acts on
        assertThat(named).hasSize(1);
        assertThat(named.get(0).workspace()).contains(first.scope().workspaceName())
                .contains(second.scope().workspaceName());
    }

    private static String actionPath(InstanceRow row) {
        return "/pcloud/v1/cloud-instances/" + row.scope().workspaceId() + "/pvm-instances/" + row.id() + "/action";
    }

    /** An ACTIVE row of a workspace, in another region than {@code other}'s when given. */
    private static InstanceRow active(List<InstanceRow> rows, InstanceRow other) {
        return rows.stream()
                .filter(r -> "ACTIVE".equals(r.status()))
                .filter(r -> other == null || !r.scope().region().equals(other.scope().region()))
                .findFirst().orElseThrow();
    }
}
