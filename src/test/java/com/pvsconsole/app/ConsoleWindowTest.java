package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.testsupport.FxStallMonitor;
import com.pvsconsole.ui.shell.Page;

import com.pvsconsole.api.HintCatalog;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.ui.instances.InstanceRow;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, opened through the production wiring, against the real simulator over HTTP (fast time scale). */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);

    private TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private void waitForTable(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !table(robot).getItems().isEmpty());
    }

    private InstanceRow rowNamed(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private InstanceRow firstRowWithStatus(FxRobot robot, String status) {
        return table(robot).getItems().stream().filter(r -> r.status().equals(status) && !r.isBusy())
                .findFirst().orElseThrow();
    }

    private void select(FxRobot robot, InstanceRow row) {
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(row);
            table(robot).scrollTo(row);
        });
    }

    @Test
    void should_open_on_the_home_region_with_its_instances(FxRobot robot) throws Exception {
        // given the console opened on a real-shaped key from the environment
        // when its first workspace has loaded
        waitForTable(robot);

        // then the table lists the workspace's instances, the count agrees and it is not badged as the demo
        int rows = table(robot).getItems().size();
        assertThat(rows).isGreaterThan(5);
        assertThat(robot.lookup("#instance-count").queryAs(Label.class).getText()).isEqualTo(rows + " of " + rows);
        assertThat(robot.lookup("#demo-badge").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).isEqualTo("Connected");
    }

    @Test
    void should_show_the_region_workspaces_after_switching_region(FxRobot robot) throws Exception {
        // given the demo opened on its first region
        waitForTable(robot);
        ComboBox<?> workspaces = robot.lookup("#workspace-picker").queryComboBox();
        String firstWorkspace = workspaces.getValue().toString();

        // when the user picks Frankfurt
        robot.clickOn("#region-picker");
        robot.clickOn(robot.lookup(".list-cell").match(node -> ((javafx.scene.control.ListCell<?>) node).getText() != null
                && ((javafx.scene.control.ListCell<?>) node).getText().contains("(eu-de)")).<javafx.scene.Node>query());

        // then the workspace picker shows Frankfurt's workspace and the table its instances
        waitUntil(() -> workspaces.getValue() != null && !workspaces.getValue().toString().equals(firstWorkspace)
                && window.console().shell().workspaceProperty().get().workspaceName().equals("sap-frankfurt"));
        assertThat(window.console().shell().workspaces()).extracting(w -> w.workspaceName()).containsExactly("sap-frankfurt");
        waitUntil(() -> table(robot).getItems().size() == 7);

        // and over the region's private endpoint it sees the same workspace
        robot.clickOn("#endpoint-private");
        waitUntil(() -> window.console().shell().privateEndpointProperty().get() && window.console().shell().workspaceProperty().get() != null
                && window.console().shell().workspaceProperty().get().workspaceName().equals("sap-frankfurt"));
        waitUntil(() -> table(robot).getItems().size() == 7);
    }

    @Test
    void should_narrow_the_table_and_update_the_count_when_filtering(FxRobot robot) throws Exception {
        // given the demo's first workspace
        waitForTable(robot);
        int total = table(robot).getItems().size();

        // when the user types part of a name
        robot.clickOn("#instance-filter").write("ibmi");

        // then only matching rows remain and the count says so
        waitUntil(() -> table(robot).getItems().size() < total);
        assertThat(table(robot).getItems()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.name().toLowerCase(Locale.ROOT)).contains("ibmi"));
        assertThat(robot.lookup("#instance-count").queryAs(Label.class).getText())
                .isEqualTo(table(robot).getItems().size() + " of " + total);

        // and a status chip narrows further
        robot.clickOn("#chip-error");
        waitUntil(() -> table(robot).getItems().stream().allMatch(r -> r.status().equals("ERROR")));
    }

    @Test
    void should_walk_an_active_instance_to_shutoff_and_start_it_again(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected
        waitForTable(robot);
        InstanceRow row = firstRowWithStatus(robot, "ACTIVE");
        select(robot, row);
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());

        // when the user stops it and confirms
        robot.clickOn("#action-stop");
        robot.clickOn("#confirm-button");

        // then the row shows progress and settles in SHUTOFF
        waitUntil(row::isBusy);
        waitUntil(() -> row.status().equals("SHUTOFF") && !row.isBusy());
        assertThat(robot.lookup("#action-result").queryAs(Label.class).getText()).contains(row.name());

        // and starting it again brings it back to ACTIVE
        waitUntil(() -> !robot.lookup("#action-start").queryButton().isDisabled());
        robot.clickOn("#action-start");
        waitUntil(() -> row.status().equals("ACTIVE") && !row.isBusy());
        assertThat(table(robot).getItems()).contains(row);
    }

    @Test
    void should_show_the_catalog_hint_and_server_message_for_a_500_then_recover(FxRobot robot) throws Exception {
        // given the table loaded, and the list call failing with 500 for every retry
        waitForTable(robot);
        InstanceRow selected = table(robot).getItems().get(2);
        select(robot, selected);
        window.control().addFault("{\"route\":\"GET /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"status\",\"status\":500}");

        // when the user refreshes
        robot.clickOn("#refresh-button");

        // then the banner shows status, catalog hint and the server's message; the rows stay
        VBox banner = robot.lookup("#instances-problem").queryAs(VBox.class);
        waitUntil(banner::isVisible);
        assertThat(robot.lookup("#instances-problem-title").queryAs(Label.class).getText()).contains("HTTP 500");
        assertThat(robot.lookup("#instances-problem-hint").queryAs(Label.class).getText())
                .isEqualTo(new HintCatalog(Locale.getDefault()).hint("status.500"));
        assertThat(robot.lookup("#instances-problem-server").queryAs(Label.class).getText()).contains("simulated fault");
        robot.clickOn("#instances-problem-copy");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).contains("HTTP 500", "simulated fault", new HintCatalog(Locale.getDefault()).hint("status.500"))
                .doesNotContain("Exception", "\tat ", "Bearer");
        assertThat(table(robot).getItems()).isNotEmpty();
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).contains("500");

        // when the fault is gone and the next refresh runs, the console recovers
        window.control().clearFaults();
        robot.clickOn("#refresh-button");
        waitUntil(() -> !banner.isVisible());
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).isEqualTo("Connected");
    }

    @Test
    void should_keep_delete_disabled_until_the_typed_name_matches(FxRobot robot) throws Exception {
        // given a selected instance and the delete dialog open
        waitForTable(robot);
        InstanceRow row = firstRowWithStatus(robot, "ACTIVE");
        select(robot, row);
        waitUntil(() -> !robot.lookup("#action-delete").queryButton().isDisabled());
        robot.clickOn("#action-delete");
        waitUntil(() -> robot.lookup("#delete-confirm-button").tryQuery().isPresent());
        Button confirm = robot.lookup("#delete-confirm-button").queryButton();

        // when the user types only part of the name, delete stays disabled
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#delete-name-field").write(row.name().substring(0, row.name().length() - 1));
        assertThat(confirm.isDisabled()).isTrue();

        // then typing the full name enables it
        robot.write(row.name().substring(row.name().length() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirm.isDisabled()).isFalse();

        // and cancelling deletes nothing
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#delete-confirm-button").tryQuery().isEmpty());
        assertThat(table(robot).getItems()).contains(row);
    }

    @Test
    void should_stay_responsive_under_latency_and_let_the_load_be_cancelled(FxRobot robot) throws Exception {
        // given the table loaded and every list call delayed by 5 s (long enough on a busy build machine)
        waitForTable(robot);
        window.control().addFault("{\"route\":\"GET /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"latency\",\"latencyMs\":5000}");

        // when a refresh is in flight
        robot.clickOn("#refresh-button");
        Button cancel = robot.lookup("#cancel-load-button").queryButton();
        waitUntil(cancel::isVisible);

        // then another control still reacts, the FX thread never held up by the load (measured as its own
        // work and waits, not wall-clock time, which a busy build machine stretches)
        ToggleButton chip = robot.lookup("#chip-shutoff").queryAs(ToggleButton.class);
        FxStallMonitor monitor = FxStallMonitor.start();
        robot.clickOn(chip);
        assertThat(chip.isSelected()).isTrue();
        assertThat(monitor.stop().stallMs()).isLessThan(1000);

        // and the load can be cancelled before the answer arrives
        robot.clickOn(cancel);
        waitUntil(() -> !cancel.isVisible());
        assertThat(window.console().services().activity().history()).filteredOn(e -> e.name().equals("Load instances"))
                .extracting(ActivityEntry::outcome).contains(TaskOutcome.CANCELLED);
    }

    @Test
    void should_show_each_workspace_page_and_the_activity_history(FxRobot robot) throws Exception {
        // given the demo's first workspace loaded
        waitForTable(robot);

        // when the user visits each resource page, then it lists that workspace's resources
        for (String page : List.of("volumes", "networks", "images", "ssh-keys", "events")) {
            robot.clickOn("#nav-" + page);
            waitUntil(() -> robot.lookup("#" + page + "-table").tryQuery().isPresent());
            waitUntil(() -> !robot.lookup("#" + page + "-table").queryTableView().getItems().isEmpty());
            assertThat(robot.lookup("#" + page + "-problem").queryAs(VBox.class).isVisible()).isFalse();
        }

        // and the Activity page shows the finished loads
        robot.clickOn("#nav-activity");
        waitUntil(() -> robot.lookup("#activity-history").tryQuery().isPresent());
        TableView<ActivityEntry> history = robot.lookup("#activity-history").queryTableView();
        assertThat(history.getItems()).extracting(ActivityEntry::name).contains("Load workspaces", "Load instances");
        assertThat(history.getItems()).allSatisfy(e -> assertThat(e.outcome()).isNotNull());
    }

    @Test
    void should_run_an_action_from_its_keyboard_shortcut(FxRobot robot) throws Exception {
        // given the last ACTIVE instance selected, the table focused
        waitForTable(robot);
        InstanceRow row = table(robot).getItems().stream().filter(r -> r.status().equals("ACTIVE") && !r.isBusy())
                .reduce((first, second) -> second).orElseThrow();
        select(robot, row);
        robot.clickOn("#instance-filter");

        // when the user presses the Stop shortcut and confirms
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.X)
                .release(javafx.scene.input.KeyCode.X, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirm-button").tryQuery().isPresent());
        robot.clickOn("#confirm-button");

        // then the instance is stopped
        waitUntil(() -> row.status().equals("SHUTOFF") && !row.isBusy());
    }

    @Test
    void should_offer_the_console_url_of_an_active_instance(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected
        waitForTable(robot);
        InstanceRow row = firstRowWithStatus(robot, "ACTIVE");
        select(robot, row);
        waitUntil(() -> !robot.lookup("#action-console").queryButton().isDisabled());

        // when the user opens its console
        robot.clickOn("#action-console");

        // then a dialog offers the noVNC URL to open or copy
        waitUntil(() -> robot.lookup("#url-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#url-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("http");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#url-dialog").tryQuery().isEmpty());
    }
}
