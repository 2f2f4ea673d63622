package com.pvsconsole.app;

import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application. {@link #init()} (launcher thread, so file and keychain I/O stay off
 * the FX thread) starts logging and loads settings, accounts and the start-up decision;
 * {@link #start(Stage)} wires the console and opens the start-up account; {@link #stop()}
 * shuts it down and saves the settings.
 */
public final class ConsoleApplication extends Application {

    /** Exit status for bad start-up configuration (an invalid environment override). */
    static final int EXIT_BAD_CONFIGURATION = 2;
    private static final Duration SELF_TEST_TIMEOUT = Duration.seconds(60);

    private LaunchOptions options;
    private LogControl logs;
    private StartupState state;
    private ConsoleContext context;

    /**
     * The demo's simulator, started before the toolkit when the demo is the likely start account.
     * Static only because JavaFX constructs the Application itself; set once, before launch.
     */
    private static volatile LazyDemo earlyDemo;
    /** Logging set up before the demo's simulator creates its first logger (Logback must come first). */
    private static volatile LogControl earlyLogs;

    static void launchWith(String[] args) {
        LaunchOptions early = LaunchOptions.parse(new ArrayList<>(List.of(args)));
        earlyDemo = new LazyDemo(early.timeScale());
        if (DemoGuess.likely(List.of(args), System.getenv())) {
            earlyLogs = LogSetup.start(AppDirectories.forCurrentProcess());
            earlyDemo.warmUp();
        }
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void init() {
        List<String> args = new ArrayList<>(getParameters().getRaw());
        options = LaunchOptions.parse(args);
        if (options.selfTest()) {
            args.add(StartupConfigResolver.DEMO_FLAG); // the self-test checks the demo, whatever is saved
        }
        AppDirectories dirs = AppDirectories.forCurrentProcess();
        logs = earlyLogs != null ? earlyLogs : LogSetup.start(dirs); // before any logger: fixes the log folder
        try {
            state = new StartupLoader(dirs.createAll(), new StartupConfigResolver(System.getenv()),
                    SecretStoreFactory.forOsKeychain(), logs, Clock.systemUTC()).load(args);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("pvs-console: " + e.getMessage());
            System.exit(EXIT_BAD_CONFIGURATION);
        }
        logs.setHttpTrace(state.config().httpTrace());
    }

    @Override
    public void start(Stage stage) {
        long shownAt = System.currentTimeMillis();
        context = new ConsoleContext(state, logs, new ConsoleContext.Host(stage,
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                new SystemBrowser(OperatingSystem.current()), Platform::runLater, Clock.systemUTC(),
                options.timeScale(), options.dark(), BuildInfo.load().version(), ServiceSettings.defaults()),
                earlyDemo != null ? earlyDemo : new LazyDemo(options.timeScale()));
        if (options.selfTest()) {
            context.session().windowProperty().addListener((obs, old, window) -> {
                if (old == null && window != null) {
                    new SelfTest(window, ManagementFactory.getRuntimeMXBean().getStartTime(), System::currentTimeMillis,
                            SELF_TEST_TIMEOUT, this::exitAfterSelfTest).watch(shownAt);
                }
            });
        }
        context.open();
    }

    private void exitAfterSelfTest(int code) {
        stop();
        Platform.exit();
        System.exit(code);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
