package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Explain in the real window against the demo simulator over HTTP: the demo's two servers in
 * ERROR, opened from the details pane's button and from the table's context menu, with their
 * fault texts mapped through the catalog.
 */
@ExtendWith(ApplicationExtension.class)
class ExplainWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.ALL_SERVERS, 0.02);

    private static TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#servers-table").queryTableView();
    }

    private static InstanceRow select(FxRobot robot, String name) throws TimeoutException {
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent()
                && table(robot).getItems().stream().anyMatch(r -> r.name().equals(name)));
        InstanceRow row = table(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(row);
            table(robot).scrollTo(row);
        });
        return row;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Waits for the explanation, reads it, and closes the panel. */
    private static Explained readAndClose(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#explain-cause").tryQuery().isPresent()
                && !text(robot, "#explain-cause").isBlank());
        List<String> evidence = robot.lookup("#explain-evidence .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        Explained found = new Explained(text(robot, "#explain-cause"), text(robot, "#explain-next"), evidence,
                shown(robot, "#explain-unknown"), shown(robot, "#explain-loading"));
        robot.clickOn("#explain-confirm");
        waitUntil(() -> robot.lookup("#explain-panel").tryQuery().isEmpty());
        return found;
    }

    private record Explained(String cause, String next, List<String> evidence, boolean unknownShown,
                             boolean stillLoading) {
    }

    @Test
    void should_explain_no_valid_host_from_the_details_pane_with_the_servers_own_values(FxRobot robot)
            throws Exception {
        // given the server in ERROR whose boot volume could not be attached, shown in the details pane
        InstanceRow row = select(robot, "rhel-mq01");
        waitUntil(() -> shown(robot, "#details-explain"));

        // when the user clicks Explain
        robot.clickOn("#details-explain");
        Explained explained = readAndClose(robot);

        // then the fault is mapped to a capacity cause, filled with the server's own machine type and zone
        assertThat(explained.stillLoading()).isFalse();
        assertThat(explained.unknownShown()).isFalse();
        assertThat(explained.cause()).startsWith("No valid host was found").contains(row.sysTypeProperty().get())
                .contains(row.scope().zone()).doesNotContain("{");
        assertThat(explained.next()).contains("another machine type");
        // and the evidence shows the service's own text and the workspace's quota
        assertThat(explained.evidence()).anyMatch(t -> t.contains("Boot volume could not be attached: No valid host"));
        assertThat(explained.evidence()).anyMatch(t -> t.matches("cores: [0-9.]+ of [0-9.]+.*"))
                .anyMatch(t -> t.matches("memory: [0-9.]+ of [0-9.]+ GB.*"));
    }

    @Test
    void should_explain_lost_storage_connectivity_from_the_context_menu(FxRobot robot) throws Exception {
        // given the server in ERROR after its host lost storage connectivity
        InstanceRow row = select(robot, "aixprd-app01");
        WaitForAsyncUtils.waitForFxEvents();
        Node rowNode = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == row).query();

        // when the user picks Explain in the row's context menu
        // (the headless robot's right click raises no context-menu request: the menu is opened as one would)
        robot.interact(() -> table(robot).getContextMenu().show(rowNode, javafx.geometry.Side.BOTTOM, 40, -20));
        waitUntil(() -> robot.lookup("#menu-explain").tryQuery().isPresent());
        assertThat(robot.lookup("#menu-explain").query().isDisabled()).isFalse();
        robot.clickOn("#menu-explain");
        Explained explained = readAndClose(robot);

        // then the cause names the host problem on IBM's side, quoting the fault, and the next step is Reset state
        assertThat(explained.unknownShown()).isFalse();
        assertThat(explained.cause()).contains("Host s922-dal10-14 lost storage connectivity during migration")
                .contains("IBM's side");
        assertThat(explained.next()).contains("Reset state");
    }

    @Test
    void should_not_offer_explain_for_a_healthy_running_server(FxRobot robot) throws Exception {
        // given a server that is ACTIVE and OK
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent()
                && table(robot).getItems().stream().anyMatch(r -> "ACTIVE".equals(r.status()) && "OK".equals(r.health())));
        String name = table(robot).getItems().stream()
                .filter(r -> "ACTIVE".equals(r.status()) && "OK".equals(r.health())).findFirst().orElseThrow().name();

        // when it is shown in the details pane
        select(robot, name);
        WaitForAsyncUtils.waitForFxEvents();

        // then there is nothing to explain
        assertThat(shown(robot, "#details-explain")).isFalse();
    }
}
