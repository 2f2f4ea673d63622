package com.pvsconsole.app;

import ch.qos.logback.classic.LoggerContext;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.service.accounts.KeychainBackend;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.ui.help.FolderOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the app's real wiring (StartupLoader, ConsoleContext) in a TestFX stage with every folder
 * below one test folder, as {@code PVS_CONSOLE_HOME} would put them, and a keychain the test picks.
 */
final class AppHarness implements AutoCloseable {

    static final int TIMEOUT_S = 20;

    final AppDirectories dirs;
    final LogControl logs;
    final List<Path> openedFolders = new ArrayList<>();
    private final Stage stage;
    private final FxRobot robot;
    private ConsoleContext context;

    AppHarness(Path home, Stage stage, FxRobot robot) throws Exception {
        this.dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), home, home.toString()).createAll();
        this.logs = new LogControl((LoggerContext) LoggerFactory.getILoggerFactory());
        this.stage = stage;
        this.robot = robot;
    }

    /** A keychain factory whose probe fails, as on headless Linux. */
    static SecretStoreFactory noKeychain() {
        return new SecretStoreFactory(() -> {
            throw new IllegalStateException("no D-Bus session");
        });
    }

    static SecretStoreFactory keychain(KeychainBackend backend) {
        return new SecretStoreFactory(() -> backend);
    }

    /** Loads start-up state off the FX thread, as ConsoleApplication.init does. */
    StartupState load(Map<String, String> env, List<String> args, SecretStoreFactory keys) {
        return new StartupLoader(dirs, new StartupConfigResolver(env), keys, logs, Clock.systemUTC()).load(args);
    }

    /** Wires the console on the stage and opens it. */
    ConsoleContext open(StartupState state) {
        FolderOpener folders = openedFolders::add;
        robot.interact(() -> {
            context = new ConsoleContext(state, logs, new ConsoleContext.Host(stage, folders, url -> { },
                    Platform::runLater, Clock.systemUTC(), 0.05, false, "test",
                    new ServiceSettings(4, Duration.ZERO, Duration.ofMillis(150), Duration.ofSeconds(30))));
            context.open();
        });
        return context;
    }

    ConsoleContext context() {
        return context;
    }

    /** Closes the console as the app's stop() does (settings flushed). */
    @Override
    public void close() {
        if (context != null) {
            ConsoleContext closing = context;
            context = null;
            robot.interact(closing::close);
        }
    }

    /** Whether the account menu shows {@code name} (false while the window is being rebuilt). */
    static boolean accountShown(FxRobot robot, String name) {
        return robot.lookup("#account-menu").tryQueryAs(javafx.scene.control.MenuButton.class)
                .map(menu -> name.equals(menu.getText())).orElse(false);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
