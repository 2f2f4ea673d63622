package com.pvsconsole.app;

import com.pvsconsole.service.accounts.StartupAccount;
import com.pvsconsole.service.accounts.StartupConfig;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.ui.common.ThemeSwitcher;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link #init()} (launcher thread) starts the demo simulator and the
 * service layer; {@link #start(Stage)} builds the window; {@link #stop()} shuts both down.
 */
public final class ConsoleApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    private static final Duration SELF_TEST_TIMEOUT = Duration.seconds(60);

    private LaunchOptions options;
    private DemoBackend demo;
    private ConnectionTarget target;
    private ConsoleServices services;

    static void launchWith(String[] args) {
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        StartupConfig startup;
        try {
            // Saved accounts (keychain, settings) are not wired in yet: only the environment key.
            startup = new StartupConfigResolver(System.getenv())
                    .resolve(getParameters().getRaw(), List.of(), Optional.empty(), false);
        } catch (IllegalArgumentException invalidOverride) {
            System.err.println("pvs-console: " + invalidOverride.getMessage());
            System.exit(2);
            return;
        }
        startup.notices().forEach(notice -> LOG.warn("{}", notice));
        if (startup.account() instanceof StartupAccount.FromEnvironment account && !options.selfTest()) {
            target = AccountConnection.of(account.profile(), account.key());
        } else {
            // No account configured (or --demo, or --self-test): the embedded simulator's demo.
            demo = DemoBackend.start(options.timeScale());
            target = demo.target();
        }
        services = new ConsoleServices(target, ServiceSettings.defaults(), Platform::runLater,
                BuildInfo.load().version(), Clock.systemUTC());
    }

    @Override
    public void start(Stage stage) {
        ThemeSwitcher theme = new ThemeSwitcher(options.dark());
        ConsoleWindow window = new ConsoleWindow(services, target, theme,
                url -> getHostServices().showDocument(url), () -> stage);
        stage.setTitle("pvs-console");
        stage.setScene(window.createScene(1280, 800));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.show();
        if (options.selfTest()) {
            new SelfTest(window, ManagementFactory.getRuntimeMXBean().getStartTime(), System::currentTimeMillis,
                    SELF_TEST_TIMEOUT, this::exitAfterSelfTest).watch(System.currentTimeMillis());
        }
        window.open();
    }

    private void exitAfterSelfTest(int code) {
        stop();
        Platform.exit();
        System.exit(code);
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
            services = null;
        }
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
