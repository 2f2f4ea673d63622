package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static com.pvsconsole.testsupport.SimulatedConsole.waitForVisible;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.shell.Page;

import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.search.JumpTarget;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.networks.NetworkRow;
import com.pvsconsole.ui.sshkeys.KeyLine;
import com.pvsconsole.ui.sshkeys.TestKeys;
import com.pvsconsole.ui.volumes.InstanceChoice;
import com.pvsconsole.ui.volumes.VolumeRow;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Volumes, Networks and SSH keys pages in the real window against the real simulator over HTTP. */
@ExtendWith(ApplicationExtension.class)
class ResourcePagesWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);


    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }

    private void openPage(FxRobot robot, String page) throws TimeoutException {
        waitUntil(() -> !table(robot, "#instance-table").getItems().isEmpty());
        robot.clickOn("#nav-" + page);
        waitForVisible(robot, "#" + page + "-table");
        waitUntil(() -> !table(robot, "#" + page + "-table").getItems().isEmpty());
    }

    private static <T> void select(FxRobot robot, TableView<T> table, T row) {
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private VolumeRow volumeNamed(FxRobot robot, String name) {
        return table(robot, "#volumes-table").getItems().stream().map(VolumeRow.class::cast)
                .filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void createVolume(FxRobot robot, String name) throws TimeoutException {
        robot.clickOn("#volume-create");
        waitForVisible(robot, "#volume-name");
        Button create = robot.lookup("#volume-form-confirm").queryButton();
        robot.clickOn("#volume-name").write(name);
        assertThat(create.isDisabled()).isTrue();
        assertThat(robot.lookup("#volume-size-error").queryAs(Label.class).getText()).isEqualTo("Enter the size in GB.");
        robot.clickOn("#volume-size").write("3000");
        assertThat(robot.lookup("#volume-size-error").queryAs(Label.class).getText()).contains("between 1 and 2000");
        assertThat(create.isDisabled()).isTrue();
        robot.doubleClickOn("#volume-size").write("25");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);
        waitUntil(() -> volumeNamed(robot, name) != null && volumeNamed(robot, name).state().equals("available"));
    }

    private void typeNameAndDelete(FxRobot robot, String name) throws TimeoutException {
        waitForVisible(robot, "#delete-confirm-button");
        Button confirm = robot.lookup("#delete-confirm-button").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#delete-name-field").write(name.substring(0, name.length() - 1));
        assertThat(confirm.isDisabled()).isTrue();
        robot.write(name.substring(name.length() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
    }

    @Test
    void should_create_attach_detach_and_delete_a_volume_in_the_window(FxRobot robot) throws Exception {
        // given the Volumes page
        openPage(robot, "volumes");

        // when the user creates a volume (refused inline until the size is valid)
        createVolume(robot, "ui-vol-cycle");
        VolumeRow row = volumeNamed(robot, "ui-vol-cycle");
        TableView<VolumeRow> table = table(robot, "#volumes-table");
        select(robot, table, row);
        // an unattached volume cannot be detached
        assertThat(robot.lookup("#volume-detach").queryButton().isDisabled()).isTrue();

        // and attaches it to an ACTIVE instance picked in the chooser: no instance preselected, the button says Attach
        robot.clickOn("#volume-attach");
        waitForVisible(robot, "#choose-combo");
        ComboBox<InstanceChoice> combo = robot.lookup("#choose-combo").queryComboBox();
        assertThat(combo.getValue()).isNull();
        assertThat(robot.lookup("#choose-confirm").queryButton().getText()).isEqualTo("Attach");
        assertThat(robot.lookup("#choose-confirm").queryButton().isDisabled()).isTrue();
        InstanceChoice target = combo.getItems().stream().filter(c -> "ACTIVE".equals(c.status())).findFirst().orElseThrow();
        robot.interact(() -> combo.getSelectionModel().select(target));
        robot.clickOn("#choose-confirm");

        // then the same row turns in-use and names the instance
        waitUntil(() -> row.state().equals("in-use"));
        assertThat(row.attachedToProperty().get()).isEqualTo(target.name());

        // when the user tries to delete it while attached, it is refused with a clear message
        robot.clickOn("#volume-delete");
        Label notice = robot.lookup("#volumes-notice").queryAs(Label.class);
        waitUntil(notice::isVisible);
        assertThat(notice.getText()).contains("ui-vol-cycle", target.name(), "detach it");
        assertThat(robot.lookup("#delete-dialog").tryQuery()).isEmpty();

        // when it is detached (confirmed), it is available again
        robot.clickOn("#volume-detach");
        waitForVisible(robot, "#confirm-button");
        robot.clickOn("#confirm-button");
        waitUntil(() -> row.state().equals("available") && row.attachedToProperty().get().isEmpty());

        // and deleting it needs the typed name, then the row goes
        robot.clickOn("#volume-delete");
        typeNameAndDelete(robot, "ui-vol-cycle");
        waitUntil(() -> volumeNamed(robot, "ui-vol-cycle") == null);
        assertThat(window.console().services().activity().history()).extracting(ActivityEntry::name)
                .contains("Create volume", "Attach volume", "Detach volume", "Delete volume");
    }

    @Test
    void should_attach_and_detach_a_volume_from_the_instance_details(FxRobot robot) throws Exception {
        // given a free volume
        openPage(robot, "volumes");
        createVolume(robot, "ui-vol-side");

        // and an ACTIVE instance's Volumes tab
        robot.clickOn("#nav-instances");
        TableView<InstanceRow> instances = table(robot, "#instance-table");
        InstanceRow instance = instances.getItems().stream().filter(r -> r.status().equals("ACTIVE") && !r.isBusy())
                .findFirst().orElseThrow();
        select(robot, instances, instance);
        robot.clickOn("#details-tab-volumes");
        ListView<VolumeReference> list = robot.lookup("#details-volumes").queryListView();
        waitUntil(() -> !robot.lookup("#details-volume-attach").queryButton().isDisabled());
        int before = list.getItems().size();

        // when the user attaches the free volume from there
        robot.clickOn("#details-volume-attach");
        waitForVisible(robot, "#choose-combo");
        ComboBox<VolumeRow> combo = robot.lookup("#choose-combo").queryComboBox();
        robot.interact(() -> combo.getSelectionModel().select(
                combo.getItems().stream().filter(v -> v.name().equals("ui-vol-side")).findFirst().orElseThrow()));
        robot.clickOn("#choose-confirm");

        // then the tab lists it
        waitUntil(() -> list.getItems().size() == before + 1);
        assertThat(list.getItems()).extracting(VolumeReference::name).contains("ui-vol-side");

        // when it is detached from there (confirmed), the tab no longer lists it
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(v -> v.name().equals("ui-vol-side")).findFirst().orElseThrow()));
        robot.clickOn("#details-volume-detach");
        waitForVisible(robot, "#confirm-button");
        robot.clickOn("#confirm-button");
        waitUntil(() -> list.getItems().size() == before);
    }

    @Test
    void should_fill_a_networks_details_when_they_arrive_after_its_first_selection(FxRobot robot) throws Exception {
        // given the Networks page and a network nobody has looked at yet (its list entry has no CIDR)
        openPage(robot, "networks");
        TableView<NetworkRow> networks = table(robot, "#networks-table");
        NetworkRow row = networks.getItems().stream().filter(r -> r.cidrProperty().get().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("every network was looked at before this test"));

        // when it is selected, once
        select(robot, networks, row);

        // then the details pane shows its CIDR and gateway as they arrive, with no second click
        waitUntil(() -> !row.cidrProperty().get().isEmpty() && !row.gatewayProperty().get().isEmpty());
        waitUntil(() -> detailTexts(robot).contains(row.cidrProperty().get())
                && detailTexts(robot).contains(row.gatewayProperty().get()));
    }

    @Test
    void should_open_a_server_found_with_ctrl_k_selected_on_its_page(FxRobot robot) throws Exception {
        // given a server of the shown workspace, as Ctrl+K lists it
        waitUntil(() -> !table(robot, "#instance-table").getItems().isEmpty());
        com.pvsconsole.service.search.JumpTarget server = window.console().window().jumpTargets().stream()
                .filter(t -> t.kind() == com.pvsconsole.service.search.JumpTarget.Kind.SERVER).skip(1).findFirst()
                .orElseThrow();

        // when the user jumps to it
        robot.interact(() -> window.console().window().jumpTo(server));

        // then its page shows it selected, so its details are open
        waitUntil(() -> {
            TableView<InstanceRow> instances = table(robot, "#instance-table");
            InstanceRow selected = instances.getSelectionModel().getSelectedItem();
            return instances.isVisible() && selected != null && selected.id().equals(server.id());
        });
        robot.interact(() -> window.console().window().jumpTo(server)); // the same jump again: still selected
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "#instance-table").getSelectionModel().getSelectedItems())
                .extracting(r -> ((InstanceRow) r).id()).containsExactly(server.id());
        robot.interact(() -> table(robot, "#instance-table").getSelectionModel().clearSelection());
        robot.interact(() -> robot.lookup("#instance-filter").queryAs(javafx.scene.control.TextField.class).clear());
    }

    @Test
    void should_open_a_volume_of_another_region_found_with_ctrl_k_selected_with_its_details(FxRobot robot)
            throws Exception {
        // given a volume of a workspace in another region than the one shown, as Ctrl+K lists it
        String shownRegion = window.console().window().shell().workspaceProperty().get().region();
        JumpTarget[] volume = new JumpTarget[1];
        waitUntil(() -> {
            volume[0] = window.console().window().jumpTargets().stream()
                    .filter(t -> t.kind() == JumpTarget.Kind.VOLUME && !t.region().equals(shownRegion))
                    .findFirst().orElse(null);
            return volume[0] != null;
        });

        // when the user presses Ctrl+K, types its name, picks it and presses Enter
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForVisible(robot, "#quick-jump-field");
        robot.write(volume[0].name());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<JumpTarget> found = robot.lookup("#quick-jump-list").queryListView();
        int at = found.getItems().stream().map(JumpTarget::id).toList().indexOf(volume[0].id());
        assertThat(at).as("the volume is among the matches").isNotNegative();
        for (int i = 0; i < at; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);

        // then the Volumes page of its workspace shows it selected, and its details show its name
        waitUntil(() -> {
            TableView<VolumeRow> volumes = table(robot, "#volumes-table");
            VolumeRow selected = volumes.getSelectionModel().getSelectedItem();
            return volumes.isVisible() && selected != null && selected.id().equals(volume[0].id());
        });
        assertThat(window.console().window().shell().workspaceProperty().get().region()).isEqualTo(volume[0].region());
        waitUntil(() -> labelTexts(robot, "#volume-details").contains(volume[0].name()));
        assertThat(labelTexts(robot, "#volume-details")).contains(volume[0].id());

        // and a network found the same way opens selected on the Networks page, its details showing its name
        JumpTarget network = window.console().window().jumpTargets().stream()
                .filter(t -> t.kind() == JumpTarget.Kind.NETWORK && !t.region().equals(volume[0].region()))
                .findFirst().orElseThrow();
        robot.interact(() -> window.console().window().jumpTo(network));
        waitUntil(() -> {
            TableView<NetworkRow> networks = table(robot, "#networks-table");
            NetworkRow selected = networks.getSelectionModel().getSelectedItem();
            return networks.isVisible() && selected != null && selected.id().equals(network.id());
        });
        waitUntil(() -> detailTexts(robot).contains(network.name()));
    }

    @Test
    void should_place_the_images_search_box_where_the_other_resource_pages_have_it(FxRobot robot) throws Exception {
        // given the search box of the Volumes page, in the title row left of Refresh
        javafx.geometry.Bounds volumes = shownBounds(robot, Page.VOLUMES, "#volumes-search");

        // when the Images page shows
        javafx.geometry.Bounds images = shownBounds(robot, Page.IMAGES, "#images-filter");

        // then its search box is at the same place and of the same size
        assertThat(images.getMinX()).isCloseTo(volumes.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(images.getMinY()).isCloseTo(volumes.getMinY(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(images.getWidth()).isCloseTo(volumes.getWidth(), org.assertj.core.data.Offset.offset(1.0));
    }

    private javafx.geometry.Bounds shownBounds(FxRobot robot, Page page, String query) throws TimeoutException {
        window.console().show(page);
        waitForVisible(robot, query);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }

    private static java.util.List<String> labelTexts(FxRobot robot, String grid) {
        return robot.lookup(grid).queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .filter(Label.class::isInstance).map(node -> ((Label) node).getText()).toList();
    }

    private static java.util.List<String> detailTexts(FxRobot robot) {
        return labelTexts(robot, "#network-details");
    }

    @Test
    void should_create_a_network_with_checked_addressing_and_delete_it(FxRobot robot) throws Exception {
        // given the Networks page with the workspace's networks (details come per selected network)
        openPage(robot, "networks");
        TableView<NetworkRow> table = table(robot, "#networks-table");
        waitUntil(() -> !table.getItems().isEmpty());

        // when the user fills the form with a gateway outside the subnet, it is refused inline
        robot.clickOn("#network-create");
        waitForVisible(robot, "#network-name");
        Button create = robot.lookup("#network-form-confirm").queryButton();
        robot.clickOn("#network-name").write("ui-net");
        robot.clickOn("#network-cidr").write("192.168.77.0/24");
        robot.clickOn("#network-gateway").write("192.168.78.1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#network-gateway-error").queryAs(Label.class).getText()).contains("inside 192.168.77.0/24");
        assertThat(create.isDisabled()).isTrue();

        // and accepted once the gateway is inside
        robot.doubleClickOn("#network-gateway").eraseText(12).write("192.168.77.1");
        robot.clickOn("#network-ranges").write("192.168.77.10-192.168.77.99");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);

        // then the new network is listed with its addressing
        waitUntil(() -> table.getItems().stream().anyMatch(n -> n.name().equals("ui-net")
                && n.cidrProperty().get().equals("192.168.77.0/24")));
        NetworkRow row = table.getItems().stream().filter(n -> n.name().equals("ui-net")).findFirst().orElseThrow();
        assertThat(row.gatewayProperty().get()).isEqualTo("192.168.77.1");

        // when it is deleted with its typed name, it is gone
        select(robot, table, row);
        robot.clickOn("#network-delete");
        typeNameAndDelete(robot, "ui-net");
        waitUntil(() -> table.getItems().stream().noneMatch(n -> n.name().equals("ui-net")));
    }

    @Test
    void should_show_the_problem_banner_with_hint_and_server_message_when_create_fails(FxRobot robot) throws Exception {
        // given network creation failing with 500
        openPage(robot, "networks");
        window.control().addFault("{\"route\":\"POST /pcloud/v1/cloud-instances/*/networks\",\"type\":\"status\",\"status\":500}");

        // when the user creates a public network
        robot.clickOn("#network-create");
        waitForVisible(robot, "#network-name");
        robot.clickOn("#network-name").write("ui-net-fails");
        robot.interact(() -> robot.lookup("#network-type").<String>queryComboBox().setValue("pub-vlan"));
        robot.clickOn("#network-form-confirm");

        // then the banner shows status, hint, server message and Copy details
        VBox banner = robot.lookup("#networks-problem").queryAs(VBox.class);
        waitUntil(banner::isVisible);
        assertThat(robot.lookup("#networks-problem-title").queryAs(Label.class).getText()).contains("HTTP 500");
        assertThat(robot.lookup("#networks-problem-hint").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#networks-problem-server").queryAs(Label.class).getText()).contains("simulated fault");
        assertThat(robot.lookup("#networks-problem-copy").queryButton().isVisible()).isTrue();

        // and the form comes back as it was typed
        window.control().clearFaults();
        robot.clickOn("#network-create");
        waitForVisible(robot, "#network-name");
        assertThat(robot.lookup("#network-name").queryTextInputControl().getText()).isEqualTo("ui-net-fails");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void should_refuse_an_invalid_ssh_key_then_add_a_valid_one_and_delete_it(FxRobot robot) throws Exception {
        // given the SSH keys page and the add form
        openPage(robot, "ssh-keys");
        TableView<KeyLine> table = table(robot, "#ssh-keys-table");
        robot.clickOn("#ssh-key-add");
        waitForVisible(robot, "#ssh-key-name");
        Button add = robot.lookup("#ssh-key-form-confirm").queryButton();
        robot.clickOn("#ssh-key-name").write("ui-key");
        TextArea key = robot.lookup("#ssh-key-text").queryAs(TextArea.class);

        // when the pasted key's body belongs to another type, it is refused inline
        robot.interact(() -> key.setText(TestKeys.mismatched()));
        Label error = robot.lookup("#ssh-key-text-box-error").queryAs(Label.class);
        assertThat(error.getText()).contains("does not belong to a ssh-rsa key");
        assertThat(add.isDisabled()).isTrue();

        // and a valid key shows its fingerprint and can be added
        robot.interact(() -> key.setText(TestKeys.ed25519("ui@test", 3)));
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#ssh-key-fingerprint").queryAs(Label.class).getText()).contains("SHA256:");
        robot.clickOn(add);
        waitUntil(() -> table.getItems().stream().anyMatch(k -> k.name().equals("ui-key")));

        // when it is deleted with its typed name, it is gone
        KeyLine line = table.getItems().stream().filter(k -> k.name().equals("ui-key")).findFirst().orElseThrow();
        select(robot, table, line);
        robot.clickOn("#ssh-key-delete");
        typeNameAndDelete(robot, "ui-key");
        waitUntil(() -> table.getItems().stream().noneMatch(k -> k.name().equals("ui-key")));
    }
}
