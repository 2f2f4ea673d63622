package com.pvsconsole.app;

import static com.pvsconsole.testsupport.SimulatedConsole.waitForVisible;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.networks.InstanceInterface;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.snapshots.SnapshotRow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
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

/**
 * Capability checks of issue 13 in the real window against the real simulator over HTTP: a snapshot made
 * and restored from a server's Snapshots tab, and a network added to a running server from its Networks tab.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotsAndNetworksWindowTest {

    /** Snapshots and restores take longer than the fixture's usual wait. */
    private static final int TIMEOUT_S = 30;
    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }


    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }

    private static String errorOf(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Opens the first ACTIVE server of the Instances page and the given details tab. */
    private InstanceRow openActiveServer(FxRobot robot, String tab) throws TimeoutException {
        waitUntil(() -> table(robot, "#instance-table").getItems().stream()
                .anyMatch(r -> ((InstanceRow) r).status().equals("ACTIVE")));
        TableView<InstanceRow> instances = table(robot, "#instance-table");
        InstanceRow server = instances.getItems().stream().filter(r -> r.status().equals("ACTIVE")).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            instances.getSelectionModel().clearSelection();
            instances.getSelectionModel().select(server);
            instances.scrollTo(server);
        });
        robot.clickOn("#details-tab-" + tab);
        return server;
    }

    private SnapshotRow snapshotNamed(FxRobot robot, String name) {
        return table(robot, "#details-snapshots").getItems().stream().map(SnapshotRow.class::cast)
                .filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void should_take_a_snapshot_of_a_server_and_restore_it_in_the_window(FxRobot robot) throws Exception {
        // given a running server's Snapshots tab
        InstanceRow server = openActiveServer(robot, "snapshots");
        waitUntil(() -> !robot.lookup("#details-snapshot-create").queryButton().isDisabled());

        // when the user takes a snapshot, the name is checked as typed
        robot.clickOn("#details-snapshot-create");
        waitForVisible(robot, "#snapshot-name");
        Button take = robot.lookup("#snapshot-form-confirm").queryButton();
        robot.clickOn("#snapshot-name").write("before patch");
        assertThat(errorOf(robot, "#snapshot-name-error")).contains("letters, digits");
        assertThat(take.isDisabled()).isTrue();
        robot.doubleClickOn("#snapshot-name").eraseText(12).write("ui-before-patch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(take.isDisabled()).isFalse();
        robot.clickOn(take);

        // then it is followed until available, and its Activity entry stays open until then
        waitUntil(() -> snapshotNamed(robot, "ui-before-patch") != null
                && snapshotNamed(robot, "ui-before-patch").status().equals("available"));
        SnapshotRow taken = snapshotNamed(robot, "ui-before-patch");
        assertThat(taken.scope().workspaceName()).isEqualTo(server.scope().workspaceName());
        waitUntil(() -> window.console().services().activity().history().stream().anyMatch(e -> e.name().equals("Take snapshot")
                && e.outcome() == TaskOutcome.SUCCEEDED));

        // and the same name is refused next to the field before anything is sent
        robot.clickOn("#details-snapshot-create");
        waitForVisible(robot, "#snapshot-name");
        robot.clickOn("#snapshot-name").write("ui-before-patch");
        assertThat(errorOf(robot, "#snapshot-name-error")).contains("already has a snapshot named ui-before-patch");
        assertThat(robot.lookup("#snapshot-form-confirm").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#snapshot-form-dialog").tryQuery().isEmpty());

        // when it is restored: a warning confirmation with the consequence and the workspace, Cancel the default
        TableView<SnapshotRow> snapshots = table(robot, "#details-snapshots");
        robot.interact(() -> snapshots.getSelectionModel().select(taken));
        robot.clickOn("#details-snapshot-restore");
        waitForVisible(robot, "#confirm-button");
        assertThat(robot.lookup("#confirm-consequence").queryAs(Label.class).getText())
                .contains(server.name()).contains("lost");
        assertThat(robot.lookup("#confirm-scope").queryAs(Label.class).getText())
                .contains(server.scope().workspaceName());
        assertThat(robot.lookup("#cancel-button").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#confirm-button").queryButton().getText()).isEqualTo("Restore with force");
        robot.clickOn("#confirm-button");

        // then the restore is followed to its end
        waitUntil(() -> robot.lookup("#details-snapshot-notice").queryAs(Label.class).getText()
                .contains("was restored onto " + server.name()));
        assertThat(window.console().services().activity().history()).filteredOn(e -> e.name().equals("Restore snapshot"))
                .singleElement().extracting(ActivityEntry::outcome).isEqualTo(TaskOutcome.SUCCEEDED);

        // and the Snapshots page lists it with the search box
        robot.clickOn("#nav-snapshots");
        waitForVisible(robot, "#snapshots-table");
        waitUntil(() -> table(robot, "#snapshots-table").getItems().stream()
                .anyMatch(r -> ((SnapshotRow) r).name().equals("ui-before-patch")));
    }

    @Test
    void should_add_a_network_to_a_running_server_in_the_window(FxRobot robot) throws Exception {
        // given a private network no server is on yet, and a running server's Networks tab
        waitUntil(() -> window.console().shell().workspaceProperty().get() != null
                && !table(robot, "#instance-table").getItems().isEmpty());
        WorkspaceScope scope = window.console().shell().workspaceProperty().get();
        boolean[] created = {false};
        robot.interact(() -> window.console().services().networks().create(scope, NetworkCreate.builder().name("ui-app-net")
                .type("vlan").cidr("192.168.88.0/24").gateway("192.168.88.1").build()).onSuccess(n -> {
                    created[0] = true;
                    window.console().services().inventory().refresh(scope);
                }));
        waitUntil(() -> created[0] && window.console().services().inventory().networks(scope).stream()
                .anyMatch(n -> n.name().equals("ui-app-net")));
        InstanceRow server = openActiveServer(robot, "networks");
        TableView<InstanceInterface> interfaces = table(robot, "#details-networks");
        waitUntil(() -> !interfaces.getItems().isEmpty()
                && !robot.lookup("#details-network-add").queryButton().isDisabled());
        int before = interfaces.getItems().size();
        String onAlready = interfaces.getItems().get(0).networkName();

        // when the user picks a network the server is on, the form explains it and cannot be sent
        robot.clickOn("#details-network-add");
        waitForVisible(robot, "#network-add-choice");
        @SuppressWarnings("unchecked")
        ComboBox<NetworkReference> choice = robot.lookup("#network-add-choice").queryAs(ComboBox.class);
        Button add = robot.lookup("#network-add-form-confirm").queryButton();
        robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                .filter(n -> n.name().equals(onAlready)).findFirst().orElseThrow()));
        assertThat(errorOf(robot, "#network-add-choice-error")).isEqualTo("The server is already on " + onAlready + ".");
        assertThat(add.isDisabled()).isTrue();

        // when the new network is picked and added
        robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                .filter(n -> n.name().equals("ui-app-net")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(add.isDisabled()).isFalse();

        // and before sending, the dialog's Copy as code shows the two calls it is about to make
        robot.clickOn("#network-add-form-copy-code");
        waitForVisible(robot, "#copy-as-code");
        assertThat(robot.lookup("#code-text-cli").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("ibmcloud pi network-interface create " + server.name() + "-ui-app-net")
                .contains("--instance-id " + server.id());
        robot.clickOn("#copy-as-code-confirm");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isEmpty());
        robot.clickOn(add);

        // then the running server has a new interface on it
        waitUntil(() -> interfaces.getItems().size() == before + 1);
        assertThat(interfaces.getItems()).anySatisfy(nic -> {
            assertThat(nic.networkName()).isEqualTo("ui-app-net");
            assertThat(nic.ipAddress()).startsWith("192.168.88.");
        });
        assertThat(robot.lookup("#details-network-notice").queryAs(Label.class).getText())
                .contains("ui-app-net").contains(server.name());
        assertThat(server.status()).isEqualTo("ACTIVE");

        // and the new interface's row offers itself as code, with its Terraform import (the menu item is fired:
        // headless Monocle shows no popup)
        InstanceInterface added = interfaces.getItems().stream().filter(n -> n.networkName().equals("ui-app-net"))
                .findFirst().orElseThrow();
        robot.interact(() -> interfaces.getSelectionModel().select(added));
        javafx.scene.control.MenuItem item = interfaces.getContextMenu().getItems().stream()
                .filter(i -> "details-network-menu-copy-code".equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        waitForVisible(robot, "#copy-as-code");
        robot.clickOn("#code-tab-terraform");
        assertThat(robot.lookup("#code-text-terraform").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("resource \"ibm_pi_network_interface\"").contains("/" + added.networkId() + "/" + added.id());
        robot.clickOn("#copy-as-code-confirm");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isEmpty());
    }
}
