package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static com.pvsconsole.testsupport.SimulatedConsole.waitForVisible;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.volumes.VolumeRow;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Capability checks of the Volumes page in the real window against the real simulator over HTTP. */
@ExtendWith(ApplicationExtension.class)
class VolumeCapabilityWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);


    private static TableView<VolumeRow> volumesTable(FxRobot robot) {
        return robot.lookup("#volumes-table").queryTableView();
    }

    private void openVolumes(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#nav-volumes");
        waitForVisible(robot, "#volumes-table");
        waitUntil(() -> !volumesTable(robot).getItems().isEmpty());
    }

    /** The text the table shows in {@code header}'s column for {@code row}. */
    private static String shown(TableView<VolumeRow> table, String header, VolumeRow row) {
        TableColumn<VolumeRow, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(header))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void should_grow_a_volume_while_it_is_attached_and_show_the_new_size(FxRobot robot) throws Exception {
        // given the Volumes page and a volume attached to a server, selected
        openVolumes(robot);
        TableView<VolumeRow> table = volumesTable(robot);
        VolumeRow row = table.getItems().stream().filter(r -> r.state().equals("in-use")).findFirst().orElseThrow();
        String attachedTo = row.attachedToProperty().get();
        long before = Math.round(row.sizeGbProperty().get());
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });

        // when the user opens Grow and types a smaller size, the field says why and Grow stays off
        robot.clickOn("#volume-grow");
        waitForVisible(robot, "#volume-grow-size");
        Button grow = robot.lookup("#volume-grow-confirm").queryButton();
        robot.clickOn("#volume-grow-size").write(Long.toString(before - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#volume-grow-size-error").queryAs(Label.class).getText()).contains("can only grow");
        assertThat(grow.isDisabled()).isTrue();

        // and then a larger one, and confirms
        robot.doubleClickOn("#volume-grow-size").eraseText(Long.toString(before - 1).length())
                .write(Long.toString(before + 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grow.isDisabled()).isFalse();
        robot.clickOn(grow);

        // then the same row shows the new size in the table, still attached to the same server
        waitUntil(() -> shown(table, "Size (GB)", row).equals(Long.toString(before + 20)));
        assertThat(table.getItems()).filteredOn(r -> r.id().equals(row.id())).containsExactly(row);
        assertThat(row.attachedToProperty().get()).isEqualTo(attachedTo);
        waitUntil(() -> window.console().services().activity().history().stream().anyMatch(e -> e.name().equals("Grow volume")));
        assertThat(window.console().services().activity().history()).filteredOn(e -> e.name().equals("Grow volume"))
                .extracting(ActivityEntry::outcome).containsOnly(com.pvsconsole.service.task.TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_delete_a_multi_selection_only_after_the_count_is_typed(FxRobot robot) throws Exception {
        // given two volumes that are not attached, selected together
        openVolumes(robot);
        TableView<VolumeRow> table = volumesTable(robot);
        java.util.List<VolumeRow> free = table.getItems().stream().filter(r -> r.state().equals("available"))
                .limit(2).toList();
        assertThat(free).hasSize(2);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            free.forEach(r -> table.getSelectionModel().select(r));
        });

        // when the user deletes, a risky confirmation names the workspace and waits for the typed count
        robot.clickOn("#volume-delete");
        waitForVisible(robot, "#typed-dialog");
        javafx.scene.control.DialogPane pane = robot.lookup("#typed-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getStyleClass()).contains("risky-confirmation");
        assertThat(robot.lookup("#confirm-scope").queryAs(Label.class).getText())
                .contains(window.console().services().inventory().focused().orElseThrow().workspaceName());
        assertThat(robot.lookup("#cancel-button").queryButton().isDefaultButton()).isTrue();
        Button confirm = robot.lookup("#typed-confirm-button").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#typed-field").write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirm.isDisabled()).as("the wrong count").isTrue();
        robot.eraseText(1).write("2");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(confirm);

        // then both rows go, and the page says what happened to each
        waitUntil(() -> table.getItems().stream().noneMatch(free::contains));
        assertThat(robot.lookup("#volumes-notice").queryAs(Label.class).getText())
                .contains(free.get(0).name(), free.get(1).name());
    }
}
