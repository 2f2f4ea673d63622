package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.ui.common.ThemeSwitcher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console window as wired: Overview at the top of the navigation, Export on every table page. */
@ExtendWith(ApplicationExtension.class)
class InsightNavigationTest {

    private DemoBackend demo;
    private ConsoleServices services;

    @Start
    void start(Stage stage) {
        demo = DemoBackend.start(0.05);
        ConnectionTarget target = demo.target();
        services = new ConsoleServices(target, new ServiceSettings(4, Duration.ZERO, Duration.ofMillis(150),
                Duration.ofSeconds(30)), Platform::runLater, "test", Clock.systemUTC());
        ConsoleWindow window = new ConsoleWindow(services, target, new ThemeSwitcher(false), url -> { }, () -> stage);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> services.close()).get(5, TimeUnit.SECONDS);
        demo.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void should_open_the_overview_from_the_top_of_the_navigation_and_offer_export_on_every_table(FxRobot robot)
            throws Exception {
        // given the console on the demo, its first workspace loaded
        waitUntil(() -> !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#navigation").queryParent().getChildrenUnmodifiable().get(0).getId())
                .isEqualTo("nav-all-servers");
        assertThat(robot.lookup("#navigation").queryParent().getChildrenUnmodifiable().get(1).getId())
                .isEqualTo("nav-overview");

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
