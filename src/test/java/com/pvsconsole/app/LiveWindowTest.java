package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.InstanceTables;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's window-level checks in the real window (production wiring, auto-refresh every 5 s)
 * against the simulator over HTTP: the details pane follows its row live, progress is honest
 * (Activity and the status bar count a stop until the server settles), and in the create wizard
 * Enter means Next and a focused checkbox looks focused. (Confirmation default and warning style,
 * pickers at 1024x768 and the region without a workspace: {@link TrustWindowTest}; labels without
 * mnemonics: {@link DataLabelsTest}.)
 */
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES)
            .configured(console -> console.refreshEverySeconds(5));
    private static PowerVsClient elsewhere;

    @BeforeAll
    static void connectElsewhere() {
        // Another client on the same account: a change "made elsewhere", not through the console.
        elsewhere = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(window.sim()::apiKey, "test")
                .iamBaseUrl(window.sim().iamUrl())
                .urlTemplates(window.sim().regionUrlTemplate(), window.sim().privateRegionUrlTemplate()).build());
    }

    @BeforeEach
    void waitForRows(FxRobot robot) throws Exception {
        waitUntil(() -> !table(robot).getItems().isEmpty());
    }

    private static TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private static InstanceRow selectIdle(FxRobot robot, String status) throws TimeoutException {
        return InstanceTables.selectIdle(robot, status);
    }

    /** The texts drawn in the details pane's overview. */
    private static List<String> overviewTexts(FxRobot robot) {
        return robot.lookup("#details-overview").queryParent().lookupAll(".label").stream()
                .map(node -> ((javafx.scene.control.Label) node).getText()).filter(Objects::nonNull).toList();
    }

    @Test
    void should_follow_the_selected_row_live_in_the_details_pane_and_its_events(FxRobot robot) throws Exception {
        // given an ACTIVE server selected, its details and events shown
        InstanceRow row = selectIdle(robot, "ACTIVE");
        waitUntil(() -> overviewTexts(robot).contains("ACTIVE"));
        robot.clickOn("#details-tab-events");
        ListView<Event> events = robot.lookup("#details-events").queryListView();
        int eventsBefore = events.getItems().size();

        // when the server is stopped elsewhere (not through the console)
        elsewhere.performInstanceAction(selectedContext(), row.id(), InstanceAction.STOP, CancellationToken.none());

        // then, with no click on another row, the pane shows the new status and the Events tab the new event
        waitUntil(() -> overviewTexts(robot).contains("SHUTOFF"));
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isSameAs(row);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events.getItems().size() > eventsBefore);
    }

    @Test
    void should_keep_a_stop_running_in_activity_and_the_status_bar_until_the_server_settles(FxRobot robot)
            throws Exception {
        // given an ACTIVE server selected, and a watch that notes any moment Activity says done too early
        InstanceRow row = selectIdle(robot, "ACTIVE");
        ActivityLog activity = window.console().services().activity();
        Hyperlink running = robot.lookup("#status-running").queryAs(Hyperlink.class);
        List<String> early = new CopyOnWriteArrayList<>();
        List<String> counted = new CopyOnWriteArrayList<>();
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                boolean finished = activity.history().stream().anyMatch(e -> e.target() != null
                        && e.target().equals(row.name()) && e.outcome() != null);
                if (finished && !row.status().equals("SHUTOFF")) {
                    early.add(row.status());
                }
                counted.add(running.getText());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        // when the user stops it
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());
        robot.clickOn("#action-stop");
        waitUntil(() -> robot.lookup("#confirm-button").tryQuery().isPresent());
        watch.start();
        robot.clickOn("#confirm-button");

        // then while it stops, the entry is running and the status bar counts it
        waitUntil(row::isBusy);
        assertThat(activity.running()).extracting(ActivityEntry::target).contains(row.name());
        waitUntil(() -> row.status().equals("SHUTOFF") && !row.isBusy());
        waitUntil(() -> activity.running().isEmpty());
        watch.interrupt();
        watch.join(2000);
        assertThat(counted).contains("1 running task");
        // the status bar follows the activity list on the FX thread, a pulse or so later
        waitUntil(() -> running.getText().equals("No running tasks"));
        // and it says Succeeded only once the server had settled
        assertThat(early).as("statuses seen while Activity already said done").isEmpty();
        assertThat(activity.history()).filteredOn(e -> row.name().equals(e.target()))
                .extracting(ActivityEntry::outcome).contains(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_go_to_the_next_wizard_page_on_enter_and_show_a_focused_checkbox(FxRobot robot) throws Exception {
        // given the create wizard's first page filled in
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());
        robot.clickOn("#action-new-instance");
        waitUntil(() -> robot.lookup("#create-image").tryQuery().isPresent()
                && !robot.lookup("#create-image").queryComboBox().getItems().isEmpty());
        robot.clickOn("#create-name").write("enter-next");
        ComboBox<Object> images = robot.lookup("#create-image").queryComboBox();
        robot.interact(() -> images.getSelectionModel().select(images.getItems().stream()
                .filter(item -> item.toString().contains("(stock)")).findFirst().orElseThrow()));
        robot.clickOn("#create-name");

        // when the user presses Enter twice, then the wizard moves on page by page (Enter means Next)
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#create-processors"));
        robot.clickOn("#create-processors");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#create-network-0"));
        assertThat(robot.lookup("#create-wizard").tryQuery()).as("Enter did not create or close").isPresent();

        // and a network checkbox with the keyboard focus shows it: its box gets the 2 px accent border
        CheckBox first = robot.lookup("#create-network-0").queryAs(CheckBox.class);
        Region box = (Region) first.lookup(".box");
        robot.interact(() -> {
            first.requestFocus();
            first.applyCss();
        });
        assertThat(first.isFocused()).isTrue();
        assertThat(box.getBorder()).as("focus border").isNotNull();
        assertThat(box.getBorder().getStrokes()).isNotEmpty()
                .allSatisfy(stroke -> assertThat(stroke.getWidths().getTop()).isEqualTo(2.0));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private com.pvsconsole.api.WorkspaceContext selectedContext() {
        return window.console().shell().workspaceProperty().get().context();
    }
}
