package com.pvsconsole.reliability;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.testsupport.SimControl;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.sshkeys.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Races in the real window (production wiring) against the simulator over HTTP, every request
 * counted at the simulator: a double click or Enter twice on a submit sends one request; an action
 * taken while a refresh is in flight wins over the late list; an account switch during a load
 * cancels it and shows only the new account; closing the window during a create leaves one
 * server (or none), settings that still parse, and an Activity entry that says how it ended.
 */
@ExtendWith(ApplicationExtension.class)
class RaceWindowTest {

    private static final String CREATE_INSTANCE = ".*/pvm-instances";
    private static PowerVsSimulator sim;
    private static SimControl server;

    @TempDir
    Path home;
    private Stage main;
    private ConsoleFixture console;

    @BeforeAll
    static void startSimulator() {
        sim = ConsoleFixture.startSimulator(0.02);
        server = new SimControl(sim.baseUrl());
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @Start
    void start(Stage stage) {
        main = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        console = new ConsoleFixture(home, main, robot).openOn(sim);
        console.show(Page.INSTANCES);
        waitUntil(() -> !table(robot).getItems().isEmpty());
        server.resetRequests();
    }

    @AfterEach
    void close(FxRobot robot) {
        server.clearFaults();
        console.closeOtherWindows();
        console.close();
    }

    private static TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static InstanceRow selectIdle(FxRobot robot, String status) throws TimeoutException {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.status().equals(status) && !r.isBusy()));
        InstanceRow row = table(robot).getItems().stream().filter(r -> r.status().equals(status) && !r.isBusy())
                .reduce((first, last) -> last).orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(row);
        });
        return row;
    }

    private static void enterTwice(FxRobot robot) {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER).press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void should_stop_once_for_a_double_click_on_the_confirmation(FxRobot robot) throws Exception {
        // given an ACTIVE instance and its Stop confirmation
        InstanceRow row = selectIdle(robot, "ACTIVE");
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());
        robot.clickOn("#action-stop");
        waitUntil(() -> shown(robot, "#confirm-button"));

        // when the user double-clicks Stop
        robot.doubleClickOn("#confirm-button");

        // then one action reached the simulator and the instance stopped
        waitUntil(() -> row.status().equals("SHUTOFF") && !row.isBusy());
        assertThat(server.requests("POST", row.id() + "/action")).isEqualTo(1);
    }

    @Test
    void should_resize_once_for_double_clicks_on_submit_and_confirmation(FxRobot robot) throws Exception {
        // given an ACTIVE instance and its resize dialog with a new size
        InstanceRow row = selectIdle(robot, "ACTIVE");
        double processors = row.processorsProperty().get() + 0.25;
        waitUntil(() -> !robot.lookup("#action-resize-instance").queryButton().isDisabled());
        robot.clickOn("#action-resize-instance");
        waitUntil(() -> robot.lookup("#resize-processors").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#resize-proctype").queryComboBox().getSelectionModel().select("shared"));
        robot.doubleClickOn("#resize-processors").write(String.valueOf(processors));

        // when the user double-clicks Resize and then the confirmation's button
        robot.doubleClickOn("#resize-submit");
        waitUntil(() -> shown(robot, "#confirm-button"));
        robot.doubleClickOn("#confirm-button");

        // then one update reached the simulator
        waitUntil(() -> robot.lookup("#resize-dialog").tryQuery().isEmpty());
        waitUntil(() -> !row.isBusy() && row.processorsProperty().get() == processors);
        assertThat(server.requestsMatching("PUT", ".*/pvm-instances/[^/]+")).isEqualTo(1);
    }

    @Test
    void should_create_one_instance_for_a_double_click_on_create_in_the_wizard(FxRobot robot) throws Exception {
        // given the wizard filled in up to its Review page
        fillWizard(robot, "race-dbl");

        // when the user double-clicks Create
        robot.doubleClickOn("#create-submit");

        // then one create reached the simulator and one row appears
        waitUntil(() -> robot.lookup("#create-wizard").tryQuery().isEmpty());
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.name().equals("race-dbl")));
        assertThat(server.requestsMatching("POST", CREATE_INSTANCE)).isEqualTo(1);
        assertThat(table(robot).getItems()).filteredOn(r -> r.name().equals("race-dbl")).hasSize(1);
    }

    @Test
    void should_create_one_volume_for_a_double_click_and_never_two_for_enter_twice(FxRobot robot) throws Exception {
        // given the Volumes page
        openPage(robot, "volumes");

        // when the user double-clicks Create on a valid form
        fillVolume(robot, "race-vol-click");
        robot.doubleClickOn("#volume-form-confirm");
        waitUntil(() -> robot.lookup("#volume-name").tryQuery().isEmpty());

        // then one create was sent
        waitUntil(() -> server.requestsMatching("POST", ".*/volumes") >= 1);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // a late duplicate would arrive now
        assertThat(server.requestsMatching("POST", ".*/volumes")).isEqualTo(1);

        // and Enter twice on another filled form never sends two (the form takes Enter as a click on its
        // default button, or not at all)
        fillVolume(robot, "race-vol-enter");
        enterTwice(robot);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertThat(server.requestsMatching("POST", ".*/volumes")).isBetween(1L, 2L);
        long afterEnter = server.requestsMatching("POST", ".*/volumes");
        if (robot.lookup("#volume-name").tryQuery().isPresent()) {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        }
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertThat(server.requestsMatching("POST", ".*/volumes")).isEqualTo(afterEnter);
    }

    @Test
    void should_create_one_network_for_a_double_click(FxRobot robot) throws Exception {
        // given the Networks page and a valid form
        openPage(robot, "networks");
        robot.clickOn("#network-create");
        waitUntil(() -> shown(robot, "#network-name"));
        robot.clickOn("#network-name").write("race-net");
        robot.clickOn("#network-cidr").write("192.168.88.0/24");
        robot.clickOn("#network-gateway").write("192.168.88.1");
        robot.clickOn("#network-ranges").write("192.168.88.10-192.168.88.99");
        waitUntil(() -> !robot.lookup("#network-form-confirm").queryButton().isDisabled());

        // when the user double-clicks Create
        robot.doubleClickOn("#network-form-confirm");

        // then one create reached the simulator
        waitUntil(() -> robot.lookup("#network-name").tryQuery().isEmpty());
        waitUntil(() -> server.requestsMatching("POST", ".*/networks") >= 1);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertThat(server.requestsMatching("POST", ".*/networks")).isEqualTo(1);
    }

    @Test
    void should_add_one_key_for_a_double_click(FxRobot robot) throws Exception {
        // given the SSH keys page and a valid key in the form
        openPage(robot, "ssh-keys");
        robot.clickOn("#ssh-key-add");
        waitUntil(() -> shown(robot, "#ssh-key-name"));
        robot.clickOn("#ssh-key-name").write("race-key");
        TextArea key = robot.lookup("#ssh-key-text").queryAs(TextArea.class);
        robot.interact(() -> key.setText(TestKeys.ed25519("race@test", 7)));
        waitUntil(() -> !robot.lookup("#ssh-key-form-confirm").queryButton().isDisabled());

        // when the user double-clicks Add
        robot.doubleClickOn("#ssh-key-form-confirm");

        // then one key was sent
        waitUntil(() -> robot.lookup("#ssh-key-name").tryQuery().isEmpty());
        waitUntil(() -> server.requestsMatching("POST", ".*/sshkeys") >= 1);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertThat(server.requestsMatching("POST", ".*/sshkeys")).isEqualTo(1);
    }

    @Test
    void should_keep_an_action_taken_while_a_refresh_is_in_flight(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected and every list slowed by 2 s
        InstanceRow row = selectIdle(robot, "ACTIVE");
        server.addFault("{\"route\":\"GET /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"latency\","
                + "\"latencyMs\":2000}");

        // when the user refreshes and, while the list is on its way, stops the instance
        robot.clickOn("#refresh-button");
        waitUntil(() -> robot.lookup("#cancel-load-button").queryButton().isVisible());
        robot.clickOn("#action-stop");
        waitUntil(() -> shown(robot, "#confirm-button"));
        robot.clickOn("#confirm-button");

        // then the stop was sent once and the row ends SHUTOFF: the list that left before it does not win
        waitUntil(() -> !robot.lookup("#cancel-load-button").queryButton().isVisible());
        server.clearFaults();
        waitUntil(() -> row.status().equals("SHUTOFF") && !row.isBusy());
        assertThat(server.requests("POST", row.id() + "/action")).isEqualTo(1);
        assertThat(table(robot).getItems()).filteredOn(r -> r.id().equals(row.id())).hasSize(1);
    }

    @Test
    void should_cancel_the_load_and_show_only_the_new_account_after_a_switch_during_a_load(FxRobot robot)
            throws Exception {
        // given every list slowed by 3 s and a refresh in flight
        ActivityLog oldActivity = console.services().activity();
        server.addFault("{\"route\":\"GET /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"latency\","
                + "\"latencyMs\":3000}");
        robot.clickOn("#refresh-button");
        waitUntil(() -> robot.lookup("#cancel-load-button").queryButton().isVisible());

        // when the user switches to the demo account meanwhile
        AccountProfile demo = console.context().accounts().accounts().stream().filter(AccountProfile::isDemo)
                .findFirst().orElseThrow();
        robot.interact(() -> console.context().accounts().switchTo(demo));

        // then the demo's window opens with its own rows and no problem
        // (the demo's own simulator starts on first use: slow on a busy machine; the account menu
        // names the demo "Demo account", and its badge shows). Checked on the FX thread: the
        // window is being rebuilt while this waits.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> console.window() != null
                && console.window().shell().workspaceProperty().get() != null
                && robot.lookup("#demo-badge").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).get());
        console.show(Page.INSTANCES);
        waitUntil(() -> robot.lookup("#instance-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty());
        List<String> shown = table(robot).getItems().stream().map(InstanceRow::id).toList();
        // and the old account's slowed answer, arriving now, lands nowhere: the rows stay the demo's
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(InstanceRow::id).containsExactlyElementsOf(shown);
        assertThat(robot.lookup("#demo-badge").queryAs(javafx.scene.control.Label.class).isVisible()).isTrue();
        assertThat(shown(robot, "#instances-problem")).isFalse();
        assertThat(oldActivity.history()).extracting(ActivityEntry::name).contains("Load instances");
    }

    @Test
    void should_leave_one_server_and_say_how_the_create_ended_when_the_window_closes_during_it(FxRobot robot)
            throws Exception {
        // given a create on its way, the simulator holding its answer for 3 s
        fillWizard(robot, "race-close");
        ActivityLog activity = console.services().activity();
        server.addFault("{\"route\":\"POST /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"latency\","
                + "\"latencyMs\":3000}");
        robot.clickOn("#create-submit");
        waitUntil(() -> server.requestsMatching("POST", CREATE_INSTANCE) == 1);

        // when the console is closed while the create is in flight
        console.close();

        // then the Activity entry of the create is finished, with how it ended
        waitUntil(() -> activity.running().isEmpty());
        assertThat(activity.history()).filteredOn(e -> e.name().toLowerCase().contains("create"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.outcome()).isNotNull());
        // and every settings file still parses (nothing half-written)
        try (Stream<Path> files = Files.walk(console.dirs.config())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                new ObjectMapper().readTree(file.toFile());
            }
        }
        // and after reopening the console, the server exists once, created by the one request
        server.clearFaults();
        console = new ConsoleFixture(home, main, robot).openOn(sim);
        console.show(Page.INSTANCES);
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.name().equals("race-close")));
        assertThat(table(robot).getItems()).filteredOn(r -> r.name().equals("race-close")).hasSize(1);
        assertThat(server.requestsMatching("POST", CREATE_INSTANCE)).isEqualTo(1);
    }

    private void openPage(FxRobot robot, String page) throws TimeoutException {
        robot.clickOn("#nav-" + page);
        waitUntil(() -> shown(robot, "#" + page + "-table"));
        waitUntil(() -> !robot.lookup("#" + page + "-table").queryTableView().getItems().isEmpty());
    }

    private static void fillVolume(FxRobot robot, String name) throws TimeoutException {
        robot.clickOn("#volume-create");
        waitUntil(() -> shown(robot, "#volume-name"));
        robot.clickOn("#volume-name").write(name);
        robot.clickOn("#volume-size").write("20");
        waitUntil(() -> !robot.lookup("#volume-form-confirm").queryButton().isDisabled());
    }

    private static void fillWizard(FxRobot robot, String name) throws TimeoutException {
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());
        robot.clickOn("#action-new-instance");
        waitUntil(() -> robot.lookup("#create-image").tryQuery().isPresent()
                && !robot.lookup("#create-image").queryComboBox().getItems().isEmpty());
        robot.clickOn("#create-name").write(name);
        ComboBox<Object> images = robot.lookup("#create-image").queryComboBox();
        robot.interact(() -> images.getSelectionModel().select(images.getItems().stream()
                .filter(item -> item.toString().contains("(stock)")).findFirst().orElseThrow()));
        robot.clickOn("#create-next").clickOn("#create-next").clickOn("#create-network-0")
                .clickOn("#create-next").clickOn("#create-next");
        waitUntil(() -> robot.lookup("#create-submit").queryButton().isVisible());
        Button submit = robot.lookup("#create-submit").queryButton();
        assertThat(submit.isDisabled()).isFalse();
    }
}
