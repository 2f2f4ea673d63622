package com.pvsconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.QueuedTaskExecutor;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.instances.InstanceActionsViewModel;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The switch race seen on the demo under latency: the user switches from dev-dallas to
 * prod-dallas while prod's lists are still on their way. Calls are held in a queue, so "in
 * flight" is exact, and they run against the real simulator over HTTP.
 */
class WorkspaceSwitchRaceTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private static final String DEV_ID = "6693f9df-8776-4173-9340-4648f700ac74";
    private PowerVsSimulator sim;
    private InventoryService store;
    private PowerVsClient client;
    private ShellViewModel shell;
    private InstancesViewModel table;
    private InstanceActionsViewModel actions;

    @BeforeEach
    void setUp() {
        sim = PowerVsSimulator.builder().port(0).timeScale(0.01).start();
        RegionCatalog catalog = RegionCatalog.loadDefault();
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(catalog)
                .build());
        InventoryService store = new InventoryService("demo", client, catalog, executor, Clock.systemUTC(),
                RefreshPolicy.defaults(Duration.ZERO), 4);
        shell = new ShellViewModel(store, new AccountInfo("Demo", true), messages, ZoneOffset.UTC);
        table = new InstancesViewModel(store, shell.workspaceProperty(), messages);
        actions = new InstanceActionsViewModel(new ActionService(client, executor, Duration.ofMillis(10),
                Duration.ofSeconds(5)), table, dialogs, messages);
        this.store = store;
        // given the console opening on dev-dallas: its lists answer first, prod-dallas's are still queued
        shell.openAt(catalog.find("us-south").orElseThrow(), false, DEV_ID);
        executor.runUntil(() -> table.readyProperty().get());
        assertThat(shell.workspaceProperty().get().workspaceName()).isEqualTo("dev-dallas");
        assertThat(store.isLoaded(workspace("prod-dallas"), ResourceKind.INSTANCES)).isFalse();
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
        sim.close();
    }

    private WorkspaceScope workspace(String name) {
        return shell.workspaces().stream().filter(ws -> ws.workspaceName().equals(name)).findFirst().orElseThrow();
    }

    private InstanceRow row(String name) {
        return table.allRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_never_show_the_old_workspace_rows_under_the_new_name_while_it_loads() {
        assertThat(table.allRows()).extracting(InstanceRow::name).contains("ibmi-ha01");

        // when the user switches to prod-dallas and its lists have not answered yet
        shell.selectWorkspace(workspace("prod-dallas"));

        // then no dev-dallas row is shown under prod-dallas, and no action is possible yet
        assertThat(shell.workspaceProperty().get().workspaceName()).isEqualTo("prod-dallas");
        assertThat(table.allRows()).isEmpty();
        assertThat(table.readyProperty().get()).isFalse();
        assertThat(actions.enabledProperty(InstanceActionKind.STOP).get()).isFalse();

        // and once prod answers, its own rows are there and actions come back
        executor.runAll();
        assertThat(table.allRows()).extracting(InstanceRow::name).contains("aixprd-db01").doesNotContain("ibmi-ha01");
        assertThat(table.allRows()).allSatisfy(r -> assertThat(r.scope().workspaceName()).isEqualTo("prod-dallas"));
    }

    @Test
    void should_send_an_action_confirmed_after_a_switch_to_the_rows_own_workspace() {
        // given ibmi-ha01 (dev-dallas) selected, and the user switches to prod-dallas while the Stop dialog is open
        InstanceRow devRow = row("ibmi-ha01");
        actions.setSelection(List.of(devRow));
        List<Confirmation.Scope> named = new java.util.ArrayList<>();
        ScriptedDialogs switching = new ScriptedDialogs() {
            @Override
            public boolean confirm(Confirmation request) {
                named.add(request.scope());
                shell.selectWorkspace(workspace("prod-dallas"));
                return super.confirm(request);
            }
        };
        InstanceActionsViewModel racing = new InstanceActionsViewModel(new ActionService(client, executor,
                Duration.ofMillis(10), Duration.ofSeconds(5)), table, switching, messages);
        racing.setSelection(List.of(devRow));

        // when the Stop is confirmed
        racing.perform(InstanceActionKind.STOP);
        executor.runAll();

        // then the confirmation named the row's workspace and region, and the stop reached dev-dallas
        assertThat(named).extracting(Confirmation.Scope::workspace).containsExactly("dev-dallas");
        assertThat(named.get(0).region()).contains("us-south");
        assertThat(shell.workspaceProperty().get().workspaceName()).isEqualTo("prod-dallas");
        assertThat(racing.actionProblemProperty().get()).as("no 404 from the wrong workspace").isNull();
        PvmInstanceReference stopped = client.listInstances(devRow.scope().context(), CancellationToken.none()).stream()
                .filter(i -> i.serverName().equals("ibmi-ha01")).findFirst().orElseThrow();
        assertThat(stopped.status()).isNotEqualTo("ACTIVE");
        assertThat(racing.lastResultProperty().get()).contains("ibmi-ha01");
    }
}
