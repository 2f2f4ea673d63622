package com.pvsconsole.app;

import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.inventory.cache.InventoryCache;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.ui.common.Icons;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * The start-up work that needs no toolkit, begun from the launcher's main on its own thread so it
 * runs while JavaFX starts rather than after it: logging, then the demo's simulator (on a thread
 * of its own, when the demo is the likely account), settings, accounts and key store, the start
 * account's saved inventory (read ahead, so the window can show it as soon as it exists), and the
 * console's non-UI {@link ConsoleContext.Foundations}; beside it, the icon packs' classes. {@code init()} and {@code start()} wait for
 * what they need; on a fast machine it is ready before the toolkit is.
 */
final class EarlyStart {

    /** Logging and the start-up state, or why they could not be made. */
    record Loaded(LogControl logs, StartupState state) {
    }

    private final CompletableFuture<Loaded> loaded;
    private final CompletableFuture<ConsoleContext.Foundations> foundations;

    private EarlyStart(CompletableFuture<Loaded> loaded, CompletableFuture<ConsoleContext.Foundations> foundations) {
        this.loaded = loaded;
        this.foundations = foundations;
    }

    static EarlyStart begin(List<String> rawArgs, Map<String, String> env, StartupTimeline timeline) {
        LaunchOptions options = LaunchOptions.parse(rawArgs);
        LazyDemo demo = new LazyDemo(options.timeScale(), () -> timeline.mark("demoSimulatorUp"));
        boolean demoLikely = DemoGuess.likely(rawArgs, env);
        CompletableFuture<Loaded> loaded = new CompletableFuture<>();
        CompletableFuture<ConsoleContext.Foundations> foundations = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                AppDirectories dirs = AppDirectories.forCurrentProcess();
                LogControl logs = LogSetup.start(dirs); // before any logger: fixes the log folder
                timeline.mark("logsReady");
                if (demoLikely) {
                    demo.warmUp();
                }
                List<String> args = new ArrayList<>(rawArgs);
                if (options.selfTest()) {
                    args.add(StartupConfigResolver.DEMO_FLAG); // the self-test checks the demo, whatever is saved
                }
                StartupState state = new StartupLoader(dirs.createAll(), new StartupConfigResolver(env),
                        SecretStoreFactory.forOsKeychain(), logs, Clock.systemUTC()).load(args);
                timeline.mark("settingsLoaded");
                loaded.complete(new Loaded(logs, state));
                InventoryCache cache = new InventoryCache(state.directories().cache(), Clock.systemUTC());
                cache.prefetch(state.config().account().profile().id());
                timeline.mark("savedInventoryRead");
                ConsoleContext.Foundations base = ConsoleContext.Foundations.prepare(state, Clock.systemUTC(),
                        BuildInfo.load().version(), demo, cache);
                foundations.complete(base);
                timeline.mark("foundationsReady");
                // While the FX thread shows the window: the start-up account's HTTP client, so
                // connecting (right after the window is shown) need not make it.
                try {
                    base.clients().prepareFor(state.config().account().profile());
                } catch (RuntimeException | LinkageError e) {
                    // Connecting makes the client again and reports what fails there; keep the cause.
                    LoggerFactory.getLogger(EarlyStart.class).warn("Preparing the start-up account's HTTP client"
                            + " failed", e);
                }
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
                foundations.completeExceptionally(e);
            }
        }, "pvs-early-start");
        thread.setDaemon(true);
        thread.start();
        // The icon packs' static initialisers (enums of hundreds of icons), here rather than on the
        // FX thread while it builds the first window; no node is made.
        Thread icons = new Thread(Icons::preparePacks, "pvs-icon-packs");
        icons.setDaemon(true);
        icons.start();
        return new EarlyStart(loaded, foundations);
    }

    /** Waits for logging and the start-up state; a failure comes back as its cause (see {@code init()}). */
    Loaded loaded() {
        return loaded.join();
    }

    /** Waits for the non-UI parts of the console. */
    ConsoleContext.Foundations foundations() {
        return foundations.join();
    }
}
