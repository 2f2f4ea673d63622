package com.pvsconsole.app;

import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.CompletionException;
import java.util.List;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application. Logging, settings, accounts, the start-up decision, the saved inventory
 * and the console's non-UI parts are made by {@link EarlyStart} while the toolkit starts;
 * {@link #init()} (launcher thread) waits for the settings, {@link #start(Stage)} for the rest,
 * then wires the console and opens the start-up account; {@link #stop()} shuts it down and saves
 * the settings.
 */
public final class ConsoleApplication extends Application {

    /** Exit status for bad start-up configuration (an invalid environment override). */
    static final int EXIT_BAD_CONFIGURATION = 2;
    private static final Duration SELF_TEST_TIMEOUT = Duration.seconds(60);

    private LaunchOptions options;
    private LogControl logs;
    private StartupState state;
    private ConsoleContext context;
    private FxSampler startupSampler;

    /**
     * Start-up work begun before the toolkit (logging, settings, the demo's simulator, the saved
     * inventory, the non-UI foundations). Static only because JavaFX constructs the Application
     * itself; set once, before launch.
     */
    private static volatile EarlyStart early;
    /** This start-up's moments, from the launcher's main on; {@code --self-test} prints them. */
    private static volatile StartupTimeline timeline = StartupTimeline.sinceJvmStart();

    static void launchWith(String[] args) {
        timeline = StartupTimeline.sinceJvmStart();
        timeline.mark("main");
        early = EarlyStart.begin(List.of(args), System.getenv(), timeline);
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void init() {
        timeline.mark("toolkitUp");
        options = LaunchOptions.parse(getParameters().getRaw());
        // While the settings may still be loading, this (launcher) thread makes one icon: the first
        // icon loads the default font and the icon font, which start() would otherwise do on the FX
        // thread. A node not in a shown scene may be made on any thread.
        Icons.icon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE);
        try {
            EarlyStart.Loaded loaded = early.loaded();
            logs = loaded.logs();
            state = loaded.state();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IOException) {
                System.err.println("pvs-console: " + e.getCause().getMessage());
                System.exit(EXIT_BAD_CONFIGURATION);
            }
            throw e;
        }
        logs.setHttpTrace(state.config().httpTrace());
        if (options.selfTest()) {
            // -Dpvs.probe.profile=true: where the FX thread's time goes from here to the table.
            startupSampler = FxSampler.startIfAsked("startup");
        }
        timeline.mark("initDone");
    }

    @Override
    public void start(Stage stage) {
        long shownAt = System.currentTimeMillis();
        context = new ConsoleContext(state, logs, new ConsoleContext.Host(stage,
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                new SystemBrowser(OperatingSystem.current()), Platform::runLater, Clock.systemUTC(),
                options.timeScale(), options.dark(), BuildInfo.load().version(), ServiceSettings.defaults()),
                () -> {
                    ConsoleContext.Foundations base = early.foundations();
                    timeline.mark("foundationsJoined");
                    return base;
                });
        timeline.mark("contextBuilt");
        // Shows the window, then waits for the foundations (still in the making on a slow machine).
        context.open();
        timeline.mark("windowShown");
        if (options.selfTest()) {
            // The account's window comes later, from a runLater after this method (AccountService's outcome).
            StartupTimeline marks = timeline;
            context.session().windowProperty().addListener((obs, old, window) -> {
                if (old == null && window != null) {
                    marks.mark("accountWindowBuilt");
                    InventoryService store = context.session().services().inventory();
                    store.addListener(new InventoryListener() {
                        @Override
                        public void statusChanged(InventoryStatus status) {
                            if (status.mode() == InventoryStatus.Mode.CACHED) {
                                marks.mark("cachedInventoryShown");
                            }
                        }

                        @Override
                        public void workspaceLoaded(WorkspaceScope scope, Instant at) {
                            marks.mark("firstWorkspaceAnswered");
                        }
                    });
                    new SelfTest(window, () -> shownFromCache(store, window), marks,
                            ManagementFactory.getRuntimeMXBean().getStartTime(), System::currentTimeMillis,
                            SELF_TEST_TIMEOUT, this::exitAfterSelfTest).watch(shownAt);
                }
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    marks.mark("firstFrame");
                    stop();
                }
            }.start();
        }
    }

    private static boolean shownFromCache(InventoryService store, ConsoleWindow window) {
        WorkspaceScope shown = window.shell().workspaceProperty().get();
        return shown != null && store.isFromCache(shown);
    }

    private void exitAfterSelfTest(int code) {
        try {
            FxSampler.report(startupSampler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
