package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.InstanceTables;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.shell.Page;
import org.junit.jupiter.api.BeforeEach;

import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.NodeSnapshots;
import com.pvsconsole.ui.instances.InstanceRow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Create wizard, resize and capture in the real window against the real simulator over HTTP. */
@ExtendWith(ApplicationExtension.class)
class ProvisioningWindowTest {

    private static final String CREATE = ".*/pvm-instances";
    private static final String UPDATE = ".*/pvm-instances/[^/]+";
    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES, 0.02);

    @BeforeEach
    void countFromHere() {
        window.control().resetRequests();
    }

    private TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private Optional<InstanceRow> rowNamed(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private InstanceRow selectFirstActive(FxRobot robot) throws TimeoutException {
        return InstanceTables.selectIdle(robot, "ACTIVE");
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Button next(FxRobot robot) {
        return robot.lookup("#create-next").queryButton();
    }

    private void openWizard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());
        robot.clickOn("#action-new-instance");
        waitUntil(() -> robot.lookup("#create-image").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#create-image").queryComboBox().getItems().isEmpty());
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> NodeSnapshots.save(robot.lookup("#create-wizard").query(), name));
    }

    private void pickFirstStockImage(FxRobot robot) {
        ComboBox<Object> images = robot.lookup("#create-image").queryComboBox();
        robot.interact(() -> images.getSelectionModel().select(images.getItems().stream()
                .filter(item -> item.toString().contains("(stock)")).findFirst().orElseThrow()));
    }

    @Test
    void should_refuse_invalid_inputs_inline_and_send_nothing(FxRobot robot) throws Exception {
        // given the wizard open on the demo workspace
        openWizard(robot);

        // then an empty name is refused inline and Next stays disabled
        assertThat(shown(robot, "#create-name-error")).isTrue();
        assertThat(text(robot, "#create-name-error")).isEqualTo("Enter a name.");
        assertThat(next(robot).isDisabled()).isTrue();
        snapshot(robot, "create-1-basics-invalid");

        // when the user types a name with a space, the pattern is explained
        replaceText(robot, "#create-name", "web server");
        assertThat(text(robot, "#create-name-error")).startsWith("Use letters, digits");

        // when the name and image are fine, Next opens the size page
        replaceText(robot, "#create-name", "wiz-refused");
        pickFirstStockImage(robot);
        assertThat(shown(robot, "#create-name-error")).isFalse();
        snapshot(robot, "create-1-basics");
        robot.clickOn("#create-next");

        // then processors out of range and too much memory are refused inline
        replaceText(robot, "#create-processors", "0.3");
        assertThat(text(robot, "#create-processors-error")).contains("steps of 0.25");
        replaceText(robot, "#create-memory", "99999");
        assertThat(text(robot, "#create-memory-error")).isEqualTo("Between 2 and 2048 GB.");
        assertThat(next(robot).isDisabled()).isTrue();
        snapshot(robot, "create-2-size-invalid");
        replaceText(robot, "#create-processors", "0.5");
        replaceText(robot, "#create-memory", "8");
        assertThat(next(robot).isDisabled()).isFalse();
        snapshot(robot, "create-2-size");
        robot.clickOn("#create-next");

        // then no network is refused, and a fixed IP outside the network too
        assertThat(text(robot, "#create-networks-error")).isEqualTo("Choose at least one network.");
        assertThat(next(robot).isDisabled()).isTrue();
        robot.clickOn("#create-network-0");
        replaceText(robot, "#create-ip-0", "203.0.113.9");
        assertThat(text(robot, "#create-ip-error-0")).startsWith("Not a host address of this network");
        assertThat(next(robot).isDisabled()).isTrue();
        snapshot(robot, "create-3-network-invalid");

        // and nothing was sent when the user cancels
        robot.clickOn("#create-cancel");
        waitUntil(() -> robot.lookup("#create-wizard").tryQuery().isEmpty());
        assertThat(window.control().requestsMatching("POST", CREATE)).isZero();
    }

    @Test
    void should_create_an_instance_that_walks_from_build_to_active_in_the_table(FxRobot robot) throws Exception {
        // given the wizard filled in page by page
        openWizard(robot);
        replaceText(robot, "#create-name", "wiz-created");
        pickFirstStockImage(robot);
        robot.clickOn("#create-next");
        replaceText(robot, "#create-processors", "0.25");
        replaceText(robot, "#create-memory", "4");
        robot.clickOn("#create-next");
        robot.clickOn("#create-network-0");
        assertThat(robot.lookup("#create-network-0").queryAs(CheckBox.class).isSelected()).isTrue();
        snapshot(robot, "create-3-network");
        robot.clickOn("#create-next");
        snapshot(robot, "create-4-storage");
        robot.clickOn("#create-next");
        waitUntil(() -> robot.lookup("#create-summary-1").tryQuery().isPresent());
        // the Review page first says where the instance will be created
        assertThat(text(robot, "#create-summary-0")).containsPattern("Workspace [\\w-]+ in .*us-south");
        assertThat(text(robot, "#create-summary-1")).isEqualTo("wiz-created");
        snapshot(robot, "create-5-summary");

        // and a watch on the table that notes the new row's status when it appears and whether it shows progress
        List<String> states = new CopyOnWriteArrayList<>();
        robot.interact(() -> table(robot).getItems().addListener((ListChangeListener<InstanceRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(r -> r.name().equals("wiz-created") && states.isEmpty())
                        .forEach(r -> {
                            states.add(r.status());
                            r.busyProperty().addListener((obs, old, busy) -> states.add(busy ? "busy" : "settled"));
                            r.statusProperty().addListener((obs, old, status) -> states.add(status));
                        });
            }
        }));

        // when the user creates
        robot.clickOn("#create-submit");

        // then the wizard closes, one request went out and the new row walks BUILD -> ACTIVE with progress
        waitUntil(() -> robot.lookup("#create-wizard").tryQuery().isEmpty());
        assertThat(window.control().requestsMatching("POST", CREATE)).isEqualTo(1);
        waitUntil(() -> rowNamed(robot, "wiz-created").isPresent());
        InstanceRow row = rowNamed(robot, "wiz-created").orElseThrow();
        waitUntil(() -> row.status().equals("ACTIVE") && !row.isBusy());
        assertThat(states).startsWith("BUILD", "busy").endsWith("ACTIVE", "settled");
        assertThat(row.processorsProperty().get()).isEqualTo(0.25);
    }

    @Test
    void should_show_a_refused_create_in_the_wizard_and_keep_the_inputs(FxRobot robot) throws Exception {
        // given a valid wizard on its summary page, and the service refusing creates with 400
        openWizard(robot);
        replaceText(robot, "#create-name", "wiz-400");
        pickFirstStockImage(robot);
        robot.clickOn("#create-next").clickOn("#create-next").clickOn("#create-network-0")
                .clickOn("#create-next").clickOn("#create-next");
        waitUntil(() -> robot.lookup("#create-submit").queryButton().isVisible());
        window.control().addFault("{\"route\":\"POST /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"status\",\"status\":400}");
        try {
            // when the user creates
            robot.clickOn("#create-submit");

            // then the wizard stays open with status, the catalog's hint and the server's message
            waitUntil(() -> shown(robot, "#create-problem"));
            assertThat(text(robot, "#create-problem-title")).contains("HTTP 400");
            assertThat(text(robot, "#create-problem-hint"))
                    .isEqualTo(new com.pvsconsole.api.HintCatalog(java.util.Locale.getDefault()).hint("status.400"));
            assertThat(text(robot, "#create-problem-server")).contains("simulated fault");
            snapshot(robot, "create-6-refused");
            // and what the user typed is still there
            assertThat(text(robot, "#create-summary-1")).isEqualTo("wiz-400");
            robot.clickOn("#create-back");
            assertThat(robot.lookup("#create-network-0").queryAs(CheckBox.class).isSelected()).isTrue();
            assertThat(window.control().requestsMatching("POST", CREATE)).isEqualTo(1);
            assertThat(rowNamed(robot, "wiz-400")).isEmpty();
        } finally {
            window.control().clearFaults();
        }
    }

    @Test
    void should_resize_an_instance_end_to_end(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected
        waitUntil(() -> !table(robot).getItems().isEmpty());
        InstanceRow row = selectFirstActive(robot);
        double processors = row.processorsProperty().get() + 0.25;
        waitUntil(() -> !robot.lookup("#action-resize-instance").queryButton().isDisabled());

        // when the user resizes it and confirms
        robot.clickOn("#action-resize-instance");
        waitUntil(() -> robot.lookup("#resize-processors").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#resize-proctype").queryComboBox().getSelectionModel().select("shared"));
        replaceText(robot, "#resize-processors", String.valueOf(processors));
        robot.interact(() -> NodeSnapshots.save(robot.lookup("#resize-dialog").query(), "resize"));
        robot.clickOn("#resize-submit");
        waitUntil(() -> robot.lookup("#confirm-button").tryQuery().isPresent());
        robot.clickOn("#confirm-button");

        // then the row is busy while it resizes and rests ACTIVE with the new size
        waitUntil(() -> robot.lookup("#resize-dialog").tryQuery().isEmpty());
        assertThat(window.control().requestsMatching("PUT", UPDATE)).isEqualTo(1);
        waitUntil(() -> row.status().equals("ACTIVE") && !row.isBusy() && row.processorsProperty().get() == processors);
    }

    @Test
    void should_capture_an_instance_and_follow_the_job_to_completed_in_activity(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected
        waitUntil(() -> !table(robot).getItems().isEmpty());
        InstanceRow row = selectFirstActive(robot);
        waitUntil(() -> !robot.lookup("#action-capture-instance").queryButton().isDisabled());

        // when the user captures it to an image
        robot.clickOn("#action-capture-instance");
        waitUntil(() -> robot.lookup("#capture-name").tryQuery().isPresent());
        replaceText(robot, "#capture-name", "golden-ui");
        robot.interact(() -> NodeSnapshots.save(robot.lookup("#capture-dialog").query(), "capture"));
        robot.clickOn("#capture-submit");
        waitUntil(() -> robot.lookup("#capture-dialog").tryQuery().isEmpty());

        // then the Activity view shows the job followed to completed
        robot.clickOn("#nav-activity");
        waitUntil(() -> robot.lookup("#activity-history").tryQuery().isPresent());
        TableView<ActivityEntry> history = robot.lookup("#activity-history").queryTableView();
        waitUntil(() -> history.getItems().stream().anyMatch(e -> e.name().equals("Capture image golden-ui")));
        ActivityEntry entry = history.getItems().stream().filter(e -> e.name().equals("Capture image golden-ui"))
                .findFirst().orElseThrow();
        assertThat(entry.outcome()).isEqualTo(TaskOutcome.SUCCEEDED);
        assertThat(entry.target()).isEqualTo(row.name());
        assertThat(window.control().requests("GET", "/jobs/")).isGreaterThanOrEqualTo(1);
    }
}
