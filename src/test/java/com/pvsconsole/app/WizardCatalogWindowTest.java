package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.testsupport.NodeSnapshots;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The create wizard in the real window against a simulator whose datacenter has only some system types and
 * tiers: it offers exactly those, and a shared processor pool created through the service layer is offered and
 * used (the create that reaches the simulator carries it).
 */
@ExtendWith(ApplicationExtension.class)
class WizardCatalogWindowTest {

    @TempDir
    Path home;
    private PowerVsSimulator sim;
    private Stage main;
    private ConsoleFixture console;

    @Start
    void start(Stage stage) {
        main = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        // a simulator of its own per test: its datacenter offers only some system types and tiers
        sim = ConsoleFixture.startSimulator(0.02);
        sim.offer(List.of("s1022", "e1080"), List.of("tier1", "tier3"));
        console = new ConsoleFixture(home, main, robot).openOn(sim);
        console.show(Page.INSTANCES);
    }

    @AfterEach
    void close(FxRobot robot) {
        console.closeOtherWindows();
        console.close();
        sim.close();
    }

    private static TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the wizard and waits until its options and its live catalog are in. */
    private void openWizard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());
        robot.clickOn("#action-new-instance");
        waitUntil(() -> robot.lookup("#create-image").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#create-image").queryComboBox().getItems().isEmpty());
        waitUntil(() -> text(robot, "#create-catalog-note").contains("live catalog"));
    }

    @Test
    void should_offer_only_the_system_types_and_tiers_the_simulated_workspace_has(FxRobot robot) throws Exception {
        // when the wizard opens on the workspace whose datacenter has s1022 and e1080 hosts, tier1 and tier3
        openWizard(robot);

        // then the system types are exactly those, each with what one host can take
        ComboBox<String> types = robot.lookup("#create-systype").queryComboBox();
        assertThat(types.getItems()).containsExactly("e1080", "s1022");
        assertThat(types.getConverter().toString("s1022")).contains("cores").contains("GB on one host");
        assertThat(text(robot, "#create-catalog-note")).contains("2 system types and 2 storage tiers");
        // and so are the tiers of the Storage page
        ComboBox<String> tiers = robot.lookup("#create-storage").queryComboBox();
        assertThat(tiers.getItems()).containsExactly("tier1", "tier3");

        // and the list the user opens shows only them
        robot.clickOn("#create-systype");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> NodeSnapshots.save(robot.lookup("#create-wizard").query(), "create-live-systypes"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void should_create_an_instance_in_a_shared_processor_pool_created_through_the_service(FxRobot robot)
            throws Exception {
        // given a shared processor pool created through the service layer in the shown workspace
        waitUntil(() -> !table(robot).getItems().isEmpty());
        WorkspaceScope scope = table(robot).getItems().get(0).scope();
        WorkspaceContext ctx = scope.context();
        List<SharedProcessorPool> made = new CopyOnWriteArrayList<>();
        robot.interact(() -> console.services().provisioning().catalog().createSharedProcessorPool(scope,
                SharedProcessorPoolCreate.builder().name("ui_pool").hostGroup("e1080").reservedCores(2L).build())
                .onSuccess(made::add));
        waitUntil(() -> made.size() == 1);

        // when the user fills the wizard and picks the pool on the Size page
        openWizard(robot);
        replaceText(robot, "#create-name", "in-ui-pool");
        ComboBox<Object> images = robot.lookup("#create-image").queryComboBox();
        robot.interact(() -> images.getSelectionModel().select(images.getItems().stream()
                .filter(item -> item.toString().startsWith("RHEL9-SP4") && item.toString().contains("(stock)"))
                .findFirst().orElseThrow()));
        robot.clickOn("#create-next");
        ComboBox<SharedProcessorPool> pools = robot.lookup("#create-spp").queryComboBox();
        robot.interact(() -> pools.getSelectionModel().select(pools.getItems().stream()
                .filter(p -> p != null && p.name().equals("ui_pool")).findFirst().orElseThrow()));
        replaceText(robot, "#create-processors", "0.5");
        assertThat(robot.lookup("#create-systype").queryComboBox().getValue()).isEqualTo("e1080");
        robot.interact(() -> NodeSnapshots.save(robot.lookup("#create-wizard").query(), "create-spp"));
        robot.clickOn("#create-next");
        robot.clickOn("#create-network-0");
        robot.clickOn("#create-next");
        robot.clickOn("#create-next");
        waitUntil(() -> robot.lookup("#create-submit").queryButton().isVisible()
                && !robot.lookup("#create-submit").queryButton().isDisabled());
        robot.clickOn("#create-submit");

        // then the wizard closes, one create reached the simulator and the new server is in the pool there
        waitUntil(() -> robot.lookup("#create-wizard").tryQuery().isEmpty());
        assertThat(sim.requestsReceived("POST", "/pcloud/v1/cloud-instances/" + ctx.cloudInstanceId()
                + "/pvm-instances")).isEqualTo(1);
        var client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl()).urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(RegionCatalog.loadDefault()).build());
        assertThat(client.getSharedProcessorPool(ctx, made.get(0).id(), CancellationToken.none()).servers())
                .extracting(s -> s.name()).containsExactly("in-ui-pool");
    }
}
