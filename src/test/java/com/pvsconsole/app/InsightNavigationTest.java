package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.shell.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console window as wired: Overview at the top of the navigation, Export on every table page. */
@ExtendWith(ApplicationExtension.class)
class InsightNavigationTest {

    @TempDir
    Path home;
    private PowerVsSimulator sim;
    private Stage stage;
    private ConsoleFixture console;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        sim = ConsoleFixture.startSimulator();
        console = new ConsoleFixture(home, stage, robot).openOn(sim);
        console.show(Page.INSTANCES);
    }

    @AfterEach
    void tearDown() {
        console.close();
        sim.close();
    }

    @Test
    void should_open_the_overview_from_the_top_of_the_navigation_and_offer_export_on_every_table(FxRobot robot)
            throws Exception {
        // given the console on the demo, its first workspace loaded
        waitUntil(() -> !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
        // (saved views, when there are any, sit under All servers: only the page buttons count here)
        java.util.List<String> pages = robot.lookup("#navigation").queryParent().getChildrenUnmodifiable().stream()
                .map(javafx.scene.Node::getId).filter(id -> id != null && id.startsWith("nav-")).toList();
        assertThat(pages.subList(0, 2)).containsExactly("nav-all-servers", "nav-overview");

        // when the user opens the overview, then it shows the workspace's usage
        robot.clickOn("#nav-overview");
        waitUntil(() -> robot.lookup("#usage-instances-value").tryQuery().isPresent()
                && !robot.lookup("#usage-instances-value").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#overview-heading").queryAs(Label.class).getText()).startsWith("Overview · ");

        // and every table page has an enabled Export menu once its rows are shown
        for (String page : List.of("instances", "volumes", "networks", "images", "ssh-keys", "events")) {
            robot.clickOn("#nav-" + page);
            waitUntil(() -> robot.lookup("#" + page + "-export").tryQuery().isPresent()
                    && !robot.lookup("#" + page + "-export").queryAs(MenuButton.class).isDisabled());
        }
    }
}
