package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SppPlacementGroupCreate;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.contract.ApiDefinition;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.pools.GroupRow;
import com.pvsconsole.ui.pools.PoolRow;
import com.pvsconsole.ui.shell.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * Issue 13's capability check "an SPP created and used in the wizard", in the real window against the simulator
 * over HTTP: a shared processor pool and a placement group are created on the Pools and groups page, the store
 * follows the pool until it is configured (no per-pool read), and the create wizard offers both; the create the
 * simulator receives carries them under the definition's own names, and nothing the definition does not name
 * (the pool's SPP placement group is shown, labelled as the pool's, and not sent). A resize below what the new
 * server uses is then explained next to the field and never sent.
 */
@ExtendWith(ApplicationExtension.class)
class SppInWizardWindowTest {

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

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T row(TableView<T> table, java.util.function.Predicate<T> which) {
        return table.getItems().stream().filter(which).findFirst().orElse(null);
    }

    private PowerVsClient direct() {
        return OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test").iamBaseUrl(sim.iamUrl())
                .urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate())
                .regionCatalog(RegionCatalog.loadDefault()).build());
    }

    @Test
    void should_create_an_spp_and_a_placement_group_on_the_pools_page_and_send_both_from_the_wizard(FxRobot robot)
            throws Exception {
        // given the Pools and groups page of the first workspace
        TableView<InstanceRow> instances = robot.lookup("#instance-table").queryTableView();
        waitUntil(() -> !instances.getItems().isEmpty());
        WorkspaceContext ctx = instances.getItems().get(0).scope().context();
        String base = "/pcloud/v1/cloud-instances/" + ctx.cloudInstanceId();
        console.show(Page.POOLS);
        waitFor(robot, "#pools-table");
        TableView<PoolRow> pools = robot.lookup("#pools-table").queryTableView();

        // when a pool of 2 cores is created there (its host group: the first system type the workspace has)
        robot.clickOn("#pool-create");
        waitFor(robot, "#pool-name");
        robot.clickOn("#pool-name").write("wiz_pool");
        replaceText(robot, "#pool-cores", "2");
        robot.clickOn("#pool-form-confirm");

        // then the store has it and follows it until it is configured, with list calls only
        waitUntil(() -> row(pools, p -> p.name().equals("wiz_pool")) != null);
        String poolId = row(pools, p -> p.name().equals("wiz_pool")).id();
        waitUntil(() -> "active".equals(row(pools, p -> p.name().equals("wiz_pool")).status()));
        assertThat(sim.requestsReceived("GET", base + "/shared-processor-pools/" + poolId)).isZero();
        assertThat(console.services().inventory().sharedProcessorPools(instances.getItems().get(0).scope()))
                .extracting(SharedProcessorPool::name).contains("wiz_pool");

        // when a placement group is created on the next tab
        robot.clickOn("#placement-groups-tab");
        robot.clickOn("#group-create");
        waitFor(robot, "#group-name");
        robot.clickOn("#group-name").write("wiz-group");
        robot.clickOn("#group-form-confirm");
        TableView<GroupRow> groups = robot.lookup("#placement-groups-table").queryTableView();
        waitUntil(() -> row(groups, g -> g.name().equals("wiz-group")) != null);
        String groupId = row(groups, g -> g.name().equals("wiz-group")).id();
        // and the pool joins an SPP placement group (set on the pool, never on an instance)
        PowerVsClient client = direct();
        String sppGroup = client.createSppPlacementGroup(ctx, SppPlacementGroupCreate.builder().name("wiz_spp")
                .policy("affinity").build(), CancellationToken.none()).id();
        client.addSppPlacementGroupMember(ctx, sppGroup, poolId, CancellationToken.none());
        // made behind the console's back: the wizard offers what the store holds, so the page is refreshed
        robot.clickOn("#pools-refresh");
        waitUntil(() -> console.services().inventory().sppPlacementGroups(instances.getItems().get(0).scope()).stream()
                .anyMatch(g -> g.name().equals("wiz_spp") && g.memberSharedProcessorPools() != null
                        && !g.memberSharedProcessorPools().isEmpty()));

        // when the wizard is filled in with the pool and the group
        console.show(Page.INSTANCES);
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());
        robot.clickOn("#action-new-instance");
        waitUntil(() -> robot.lookup("#create-image").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#create-image").queryComboBox().getItems().isEmpty());
        waitUntil(() -> robot.lookup("#create-catalog-note").queryAs(Label.class).getText().contains("live catalog"));
        replaceText(robot, "#create-name", "in-wiz-pool");
        ComboBox<Object> images = robot.lookup("#create-image").queryComboBox();
        robot.interact(() -> images.getSelectionModel().select(images.getItems().stream()
                .filter(item -> item.toString().startsWith("RHEL9-SP4") && item.toString().contains("(stock)"))
                .findFirst().orElseThrow()));
        robot.clickOn("#create-next");
        ComboBox<SharedProcessorPool> sppBox = robot.lookup("#create-spp").queryComboBox();
        robot.interact(() -> sppBox.getSelectionModel().select(sppBox.getItems().stream()
                .filter(p -> p != null && p.name().equals("wiz_pool")).findFirst().orElseThrow()));
        replaceText(robot, "#create-processors", "1.5");
        ComboBox<PlacementGroup> groupBox = robot.lookup("#create-placement").queryComboBox();
        robot.interact(() -> groupBox.getSelectionModel().select(groupBox.getItems().stream()
                .filter(g -> g != null && g.name().equals("wiz-group")).findFirst().orElseThrow()));
        // then the pool's SPP placement group is shown as the pool's, not as a choice for the server
        assertThat(robot.lookup("#create-spp-groups").queryAs(Label.class).getText())
                .contains("wiz_spp").contains("not sent");
        robot.clickOn("#create-next");
        robot.clickOn("#create-network-0");
        robot.clickOn("#create-next");
        robot.clickOn("#create-next");
        waitUntil(() -> robot.lookup("#create-submit").queryButton().isVisible()
                && !robot.lookup("#create-submit").queryButton().isDisabled());
        robot.clickOn("#create-submit");
        waitUntil(() -> robot.lookup("#create-wizard").tryQuery().isEmpty());

        // then the one create the simulator received names the pool and the group as the definition does
        assertThat(sim.requestsReceived("POST", base + "/pvm-instances")).isEqualTo(1);
        String sent = sim.lastRequestBody("POST", base + "/pvm-instances").orElseThrow();
        JsonNode body = new ObjectMapper().readTree(sent);
        assertThat(body.path("sharedProcessorPool").asText()).isEqualTo(poolId);
        assertThat(body.path("placementGroup").asText()).isEqualTo(groupId);
        assertThat(body.path("sysType").asText()).isEqualTo(row(pools, p -> p.name().equals("wiz_pool")).hostGroup());
        // and nothing the definition does not name (strict: no unknown field, e.g. an SPP group)
        assertThat(ApiDefinition.strict().validateRequestBody("POST", base + "/pvm-instances", body)).isEmpty();
        assertThat(sent).doesNotContain(sppGroup);
        // and the service put the new server in both
        assertThat(client.getSharedProcessorPool(ctx, poolId, CancellationToken.none()).servers())
                .extracting(s -> s.name()).containsExactly("in-wiz-pool");
        assertThat(client.listPlacementGroups(ctx, CancellationToken.none())).filteredOn(g -> g.id().equals(groupId))
                .singleElement().satisfies(g -> assertThat(g.members()).hasSize(1));

        // when the pool is resized below what its new server uses, on the Pools page
        console.show(Page.POOLS);
        waitUntil(() -> row(pools, p -> p.name().equals("wiz_pool")) != null
                && row(pools, p -> p.name().equals("wiz_pool")).allocated() == 1.5);
        robot.interact(() -> pools.getSelectionModel().select(row(pools, p -> p.name().equals("wiz_pool"))));
        robot.clickOn("#pools-tab");
        robot.clickOn("#pool-resize");
        waitFor(robot, "#pool-resize-cores");
        replaceText(robot, "#pool-resize-cores", "1");

        // then the field explains it before anything is sent, and the resize cannot be confirmed
        assertThat(robot.lookup("#pool-resize-box-error").queryAs(Label.class).getText())
                .isEqualTo(new Messages(Locale.ROOT).get("rule.spp.belowAllocated", "1.5"));
        assertThat(robot.lookup("#pool-resize-form-confirm").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#pool-resize-cores").tryQuery().isEmpty());
        assertThat(sim.requestsReceived("PUT", base + "/shared-processor-pools/" + poolId)).isZero();
    }
}
