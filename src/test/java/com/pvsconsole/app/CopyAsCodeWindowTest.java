package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.service.journal.JournalState;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Copy as code and the History page in the real window against the simulator over HTTP: offered in
 * an action's confirmation before anything is sent and in a table's context menu, and the request
 * that is then sent listed on History.
 */
@ExtendWith(ApplicationExtension.class)
class CopyAsCodeWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);

    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }

    private static String cliText(FxRobot robot) {
        return robot.lookup("#code-text-cli").queryAs(TextArea.class).getText();
    }

    private void closeCode(FxRobot robot) throws TimeoutException {
        robot.clickOn("#copy-as-code-confirm");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isEmpty());
    }

    @Test
    void should_offer_copy_as_code_in_a_confirmation_and_list_the_sent_request_on_history(FxRobot robot)
            throws Exception {
        // given an ACTIVE server selected
        TableView<InstanceRow> instances = table(robot, "#instance-table");
        waitUntil(() -> instances.getItems().stream().anyMatch(r -> r.status().equals("ACTIVE")));
        InstanceRow server = instances.getItems().stream().filter(r -> r.status().equals("ACTIVE")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            instances.getSelectionModel().clearSelection();
            instances.getSelectionModel().select(server);
        });
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());

        // when the user asks to stop it and, in the confirmation, opens Copy as code
        robot.clickOn("#action-stop");
        waitUntil(() -> robot.lookup("#confirm-copy-code").tryQuery().isPresent());
        robot.clickOn("#confirm-copy-code");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isPresent());

        // then it shows the very stop the dialog is about to send, in the server's workspace
        assertThat(cliText(robot)).contains("ibmcloud pi workspace target")
                .contains("instance action " + server.id() + " --operation stop");
        assertThat(window.console().services().journal().entries()).as("nothing sent while looking at code").isEmpty();

        // and when the user closes it and confirms, the stop is sent and listed on History
        closeCode(robot);
        robot.clickOn("#confirm-button");
        waitUntil(() -> window.console().services().journal().entries().stream().anyMatch(e -> e.state() == JournalState.ACCEPTED
                || e.state() == JournalState.FINISHED));
        robot.clickOn("#nav-history");
        TableView<JournalEntry> history = table(robot, "#history-table");
        waitUntil(() -> history.getItems().size() == 1);
        // and once the console sees the server stopped, the entry (and History, which follows the journal) says so
        waitUntil(() -> history.getItems().get(0).state() == JournalState.FINISHED);
        JournalEntry entry = history.getItems().get(0);
        assertThat(entry.action()).isEqualTo("instance-stop");
        assertThat(entry.target().resourceId()).isEqualTo(server.id());
        assertThat(entry.account()).isNotBlank();
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.interact(() -> com.pvsconsole.testsupport.NodeSnapshots.save(history.getScene().getRoot(), "history"));
    }

    @Test
    void should_offer_copy_as_code_with_an_import_block_from_the_volumes_context_menu(FxRobot robot)
            throws Exception {
        // given the Volumes page with its volumes
        waitUntil(() -> !table(robot, "#instance-table").getItems().isEmpty());
        robot.clickOn("#nav-volumes");
        waitUntil(() -> robot.lookup("#volumes-table").tryQuery().map(Node::isVisible).orElse(false));
        TableView<Object> volumes = table(robot, "#volumes-table");
        waitUntil(() -> !volumes.getItems().isEmpty());
        Object first = volumes.getItems().get(0);
        robot.interact(() -> volumes.getSelectionModel().select(first));

        // when the user picks Copy as code in the table's context menu (fired: headless Monocle shows no popup)
        javafx.scene.control.MenuItem item = volumes.getContextMenu().getItems().stream()
                .filter(i -> "volume-menu-copy-code".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire); // not interact(): the dialog it opens waits for the user
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isPresent());

        // then Terraform describes the volume and imports the existing one
        robot.clickOn("#code-tab-terraform");
        String terraform = robot.lookup("#code-text-terraform").queryAs(TextArea.class).getText();
        String id = ((com.pvsconsole.ui.volumes.VolumeRow) volumes.getSelectionModel().getSelectedItem()).id();
        assertThat(terraform).contains("resource \"ibm_pi_volume\"").contains("import {").contains(id);
        closeCode(robot);
    }
}
