package com.pvsconsole.app;

import static com.pvsconsole.app.ConsoleOnSimulatorTest.REAL_KEY;
import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.app.logging.ConsoleLogConfigurator;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A full session with a real (non-demo) key against the simulator, the app's own logging set-up (ConsoleLogConfigurator)
 * writing to the test's log folder and HTTP traces on for part of it: afterwards no file in the
 * config, log or cache folder, nor any file the run left in the temp folder, holds the key or
 * any token the simulator issued.
 */
@ExtendWith(ApplicationExtension.class)
class NoSecretAfterSessionTest {

    @TempDir
    Path home;
    private Stage stage;
    private PowerVsSimulator sim;
    private LoggerContext logging;
    private Instant started;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void logToTheTestFolder() throws Exception {
        started = Instant.now().minusSeconds(1);
        sim = PowerVsSimulator.builder().port(0).timeScale(0.05).apiKey(REAL_KEY).start();
        logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.reset();
        logging.putProperty(LogSetup.LOG_DIR_PROPERTY, home.resolve("logs").toString());
        ConsoleLogConfigurator.apply(logging);
    }

    @AfterEach
    void restoreTestLogging() throws Exception {
        sim.close();
        FxToolkit.cleanupStages();
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    private static void waitForInstances(FxRobot robot) throws Exception {
        // the demo has several workspaces, so the console opens on All servers
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent()
                && !robot.lookup("#servers-table").queryAs(TableView.class).getItems().isEmpty());
    }

    /** Picks an account from the top bar's account menu. */
    private static void chooseAccount(FxRobot robot, String itemId) {
        robot.interact(() -> robot.lookup("#account-menu").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> itemId.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    @Test
    void should_leave_no_key_or_token_in_any_file_after_a_session(FxRobot robot) throws Exception {
        // given a session: add an account with a real key, browse, HTTP traces on, switch away and back
        try (ConsoleFixture app = new ConsoleFixture(home, stage, robot)) {
            app.open(app.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
            waitUntil(() -> robot.lookup("#account-menu").tryQuery().isPresent());
            AddAccountDialogTest.fillDialog(robot, "Prod", REAL_KEY, sim.iamUrl(), sim.regionUrlTemplate());
            robot.clickOn("#connect-button");
            waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod"));
            waitForInstances(robot);
            robot.interact(() -> robot.lookup("#help-menu").queryAs(MenuButton.class).getItems().stream()
                    .filter(item -> "http-trace-item".equals(item.getId())).map(CheckMenuItem.class::cast)
                    .findFirst().orElseThrow().setSelected(true));
            assertThat(app.logs.httpTrace()).isTrue();
            robot.clickOn("#refresh-button");
            chooseAccount(robot, "account-item-demo");
            waitUntil(() -> ConsoleFixture.accountShown(robot, "Demo account"));
            chooseAccount(robot, "account-item-" + app.context().accounts().accounts().get(1).id());
            waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod"));
            waitForInstances(robot);
        }
        // and a second run on the key from the environment, with --debug-http
        try (ConsoleFixture app = new ConsoleFixture(home, stage, robot)) {
            app.open(app.load(Map.of(StartupConfigResolver.API_KEY_ENV, REAL_KEY,
                    StartupConfigResolver.IAM_URL_ENV, sim.iamUrl(),
                    StartupConfigResolver.API_URL_ENV, sim.regionUrlTemplate()),
                    List.of(StartupConfigResolver.DEBUG_HTTP_FLAG), ConsoleFixture.noKeychain()));
            waitForInstances(robot);
        }

        // when logging has written everything out
        logging.stop();

        // then traces were written, yet neither the key nor any issued token is in any file
        List<String> secrets = new ArrayList<>(sim.issuedAccessTokens());
        assertThat(secrets).isNotEmpty();
        secrets.add(REAL_KEY);
        String[] needles = secrets.toArray(String[]::new);
        String log = Files.readString(home.resolve("logs").resolve("pvs-console.log"));
        assertThat(log).contains("/v1/workspaces -> 200").contains("/pvm-instances -> 200");
        assertThat(SecretScanner.filesContaining(home, needles)).isEmpty();
        assertThat(SecretScanner.tempFilesSinceContaining(started, needles)).isEmpty();
    }

}
