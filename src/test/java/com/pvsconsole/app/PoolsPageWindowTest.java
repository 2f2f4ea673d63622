package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static com.pvsconsole.testsupport.SimulatedConsole.waitForVisible;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.testsupport.NodeSnapshots;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.pools.PoolRow;
import com.pvsconsole.ui.shell.Page;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Pools and groups and Workspace details pages in the real window against the real simulator over HTTP. */
@ExtendWith(ApplicationExtension.class)
class PoolsPageWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);
    private final Messages messages = new Messages(Locale.ROOT);


    private static PoolRow poolNamed(TableView<PoolRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void should_create_a_shared_processor_pool_through_the_page_and_list_it(FxRobot robot) throws Exception {
        // given the Pools and groups page of the first workspace
        waitUntil(() -> !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#nav-pools");
        waitForVisible(robot, "#pools-table");
        TableView<PoolRow> table = robot.lookup("#pools-table").queryTableView();

        // when the create form is filled in, with a name the service would refuse first
        robot.clickOn("#pool-create");
        waitForVisible(robot, "#pool-name");
        Button create = robot.lookup("#pool-form-confirm").queryButton();
        robot.clickOn("#pool-name").write("web pool");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pool-name-error").queryAs(Label.class).getText())
                .isEqualTo(messages.get("pools.error.poolName"));
        assertThat(create.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#pool-name").queryTextInputControl().clear());
        robot.clickOn("#pool-name").write("web_pool");
        robot.doubleClickOn("#pool-cores").write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();

        // and before sending, the form's Copy as code shows the create it is about to send
        robot.clickOn("#pool-form-copy-code");
        waitForVisible(robot, "#copy-as-code");
        assertThat(robot.lookup("#code-text-cli").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("ibmcloud pi shared-processor-pool create web_pool").contains("--reserved-cores 3");
        robot.clickOn("#copy-as-code-confirm");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isEmpty());
        robot.clickOn(create);

        // then the pool is listed with its reserve and host group, and Activity has the create
        waitUntil(() -> poolNamed(table, "web_pool") != null);
        PoolRow row = poolNamed(table, "web_pool");
        assertThat(row.reserved()).isEqualTo(3);
        assertThat(row.hostGroup()).isNotEmpty();
        assertThat(window.console().services().activity().history()).anySatisfy(e ->
                assertThat(e.name()).isEqualTo("Create shared processor pool"));
        assertThat(robot.lookup("#pools-notice").queryAs(Label.class).getText()).contains("web_pool");

        // and its row, once selected, shows its members and workspace below (kept for the README)
        robot.interact(() -> table.getSelectionModel().select(poolNamed(table, "web_pool")));
        waitUntil(() -> robot.lookup("#pools-details .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("web_pool")));
        // and the store follows the configuring pool (list calls) and updates the row in place, keeping it selected
        waitUntil(() -> "active".equals(poolNamed(table, "web_pool").status()));
        assertThat(table.getSelectionModel().getSelectedItem()).extracting(PoolRow::name).isEqualTo("web_pool");

        // and the row's context menu offers the pool as it exists, with its Terraform import (the menu item is
        // fired: headless Monocle shows no popup)
        javafx.scene.control.MenuItem item = table.getContextMenu().getItems().stream()
                .filter(i -> "pool-menu-copy-code".equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        waitForVisible(robot, "#copy-as-code");
        robot.clickOn("#code-tab-terraform");
        assertThat(robot.lookup("#code-text-terraform").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("resource \"ibm_pi_shared_processor_pool\" \"web_pool\"")
                .contains("/" + poolNamed(table, "web_pool").id() + "\"");
        robot.clickOn("#copy-as-code-confirm");
        waitUntil(() -> robot.lookup("#copy-as-code").tryQuery().isEmpty());
        javafx.scene.Scene scene = table.getScene();
        robot.interact(() -> NodeSnapshots.save(scene.getRoot(), "pools-page"));
        robot.clickOn("#nav-workspace");
        waitForVisible(robot, "#workspace-general");
        robot.interact(() -> NodeSnapshots.save(scene.getRoot(), "workspace-page"));
    }

    @Test
    void should_show_the_workspace_details_read_only(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#nav-workspace");
        waitForVisible(robot, "#workspace-general");

        java.util.Set<String> zones = window.console().services().inventory().workspaces().stream()
                .map(com.pvsconsole.service.inventory.WorkspaceScope::zone).collect(java.util.stream.Collectors.toSet());
        assertThat(robot.lookup("#workspace-general .label").queryAllAs(Label.class))
                .extracting(Label::getText).anySatisfy(text -> assertThat(zones).contains(text));
        assertThat(robot.lookup("#workspace-security-groups .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains(messages.get("workspaceInfo.none"));
        assertThat(robot.lookup("#workspace-dhcp .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains(messages.get("workspaceInfo.none"));
    }
}
