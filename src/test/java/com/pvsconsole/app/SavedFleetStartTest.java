package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.inventory.cache.InventoryCache;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.shell.Page;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A start with the last inventory read ahead (as the launcher's early start reads it) opens a
 * fleet on All servers and makes only that page: the Instances page is made when visited.
 */
class SavedFleetStartTest extends ConsoleOnSimulatorTest {

    @Test
    void should_open_a_saved_fleet_on_all_servers_without_making_the_instances_page(FxRobot robot) throws Exception {
        // given a console that loaded the simulator's several workspaces and saved them when it closed
        app = new ConsoleFixture(home, stage, robot).openOn(sim);
        waitUntil(() -> {
            InventoryService store = app.context().session().services().inventory();
            return store.workspaces().size() > 1
                    && store.workspaces().stream().allMatch(ws -> store.isLoaded(ws, ResourceKind.INSTANCES));
        });
        app.close();

        // when it starts again with that inventory read ahead, before the window is made
        ConsoleFixture again = new ConsoleFixture(home, stage, robot);
        StartupState state = again.load(ConsoleFixture.environmentFor(sim), List.of(), ConsoleFixture.noKeychain());
        InventoryCache cache = new InventoryCache(state.directories().cache(), Clock.systemUTC());
        cache.prefetch(state.config().account().profile().id());
        ConsoleContext.Foundations base = ConsoleContext.Foundations.prepare(state, Clock.systemUTC(), "test",
                new LazyDemo(0.05), cache);
        ConsoleContext[] context = new ConsoleContext[1];
        robot.interact(() -> {
            context[0] = new ConsoleContext(state, again.logs, new ConsoleContext.Host(stage, folder -> { },
                    url -> { }, Platform::runLater, Clock.systemUTC(), 0.05, false, "test", ConsoleFixture.TUNABLES),
                    base);
            context[0].open();
        });
        try {
            waitUntil(() -> context[0].session().windowProperty().get() != null);
            ConsoleWindow window = context[0].session().windowProperty().get();

            // then its first page is All servers, the workspace picker shows the workspace the
            // shell chose from the saved inventory, and the Instances page is made only on a visit
            assertThat(window.shell().pageProperty().get()).isEqualTo(Page.ALL_SERVERS);
            WorkspaceScope chosen = window.shell().workspaceProperty().get();
            assertThat(chosen).isNotNull();
            assertThat(robot.lookup("#workspace-picker").queryComboBox().getValue()).isEqualTo(chosen);
            assertThat(window.pageBuilt(Page.ALL_SERVERS)).isTrue();
            assertThat(window.pageBuilt(Page.INSTANCES)).isFalse();
            robot.clickOn("#nav-instances");
            assertThat(window.pageBuilt(Page.INSTANCES)).isTrue();
        } finally {
            if (context[0] != null) {
                robot.interact(context[0]::close);
            }
        }
    }
}
