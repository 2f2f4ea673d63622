package com.pvsconsole.app;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.service.accounts.AccountService;
import com.pvsconsole.service.accounts.StartupAccount;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.accounts.WorkspaceDiscovery;
import com.pvsconsole.service.explain.ExplainSources;
import com.pvsconsole.service.explain.LastActions;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.inventory.cache.InventoryCache;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalFolder;
import com.pvsconsole.service.memory.HeapGuard;
import com.pvsconsole.service.memory.HeapSetting;
import com.pvsconsole.service.memory.OldGenerationReadings;
import com.pvsconsole.service.settings.SettingsService;
import com.pvsconsole.service.settings.Theme;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.task.TaskObserver;
import com.pvsconsole.ui.accounts.AccountKeyFix;
import com.pvsconsole.ui.accounts.AccountMenu;
import com.pvsconsole.ui.accounts.AccountMenuViewModel;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.dialog.FxDialogService;
import com.pvsconsole.ui.help.FolderOpener;
import com.pvsconsole.ui.help.HelpMenu;
import com.pvsconsole.ui.help.HelpViewModel;
import com.pvsconsole.ui.shell.MemoryWarningViewModel;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that lives as long as the console runs, wired from the start-up state: settings
 * (saved on their own I/O thread), accounts, the account and Help menus, the window placement
 * and theme, and the {@link ConsoleSession} that rebuilds the connection per account.
 * The constructor makes what needs only the toolkit; {@link #open()} shows the window, then wires
 * the accounts and the session on the non-UI {@link Foundations} and opens the start-up account;
 * {@link #close()} stops it all and writes the settings one last time.
 */
public final class ConsoleContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleContext.class);
    private static final javafx.util.Duration CONNECTING_SPINNER_AFTER = javafx.util.Duration.millis(700);

    /** What the surroundings provide: the stage, desktop hand-offs, the UI thread, time and the demo's pace. */
    public record Host(Stage stage, FolderOpener folders, Consumer<String> browser,
                       java.util.concurrent.Executor uiThread, Clock clock, double demoTimeScale, boolean dark,
                       String version, ServiceSettings tunables) {
    }

    private final StartupState state;
    private final Host host;
    private final LogControl logs;
    private final ExecutorService settingsIo;
    private final PooledTaskExecutor accountTasks;
    private final SettingsService settings;
    private final ThemeSwitcher theme;
    private final FxDialogService dialogs;
    private final ToastArea toasts = new ToastArea();
    private final Messages messages = Messages.defaults();
    private final HeapGuard heapGuard;
    private final MemoryWarningViewModel memoryWarning;
    private final Scene scene;
    private final Node helpMenu;
    /** The non-UI parts; joined in {@link #open()}, after the window is on screen. */
    private final Supplier<Foundations> foundations;
    /** Made in {@link #open()} from the foundations. */
    private LazyDemo demo;
    private AccountService accounts;
    private ConsoleSession session;
    private WindowPlacement placement;
    /** Set by {@link #close()}: a keychain answering after it must not open a dialog. */
    private volatile boolean closed;

    public ConsoleContext(StartupState state, LogControl logs, Host host) {
        this(state, logs, host, new LazyDemo(host.demoTimeScale()));
    }

    /** With a demo simulator that may already be starting (see {@link LazyDemo#warmUp()}). */
    ConsoleContext(StartupState state, LogControl logs, Host host, LazyDemo demo) {
        this(state, logs, host, Foundations.prepare(state, host.clock(), host.version(), demo,
                new InventoryCache(state.directories().cache(), host.clock())));
    }

    /**
     * The parts of the console that need no toolkit: the region catalog, the action journal, the
     * account clients (the demo's simulator behind them), the inventory cache and the explain
     * sources. Files are read and the HTTP client is set up here, so start-up makes them on a
     * background thread while JavaFX starts ({@link EarlyStart}), not on the FX thread.
     */
    public record Foundations(RegionCatalog catalog, ActionJournal journal, AccountClients clients,
                              InventoryCache inventoryCache, ExplainSources explain, LazyDemo demo) {

        static Foundations prepare(StartupState state, Clock clock, String version, LazyDemo demo,
                                   InventoryCache inventoryCache) {
            RegionCatalog catalog = RegionCatalog.loadDefault();
            // One journal for the whole run: every account's mutating requests, in the state folder.
            ActionJournal journal = ActionJournal.open(JournalFolder.of(state.directories()), clock,
                    ActionJournal.DEFAULT_MAX_BYTES);
            return new Foundations(catalog, journal, new AccountClients(catalog, version, clock, demo, journal),
                    inventoryCache,
                    new ExplainSources(TransitionHistory.open(state.directories().cache()), LastActions.from(journal)),
                    demo);
        }
    }

    /** With foundations made beforehand, off the FX thread. */
    ConsoleContext(StartupState state, LogControl logs, Host host, Foundations base) {
        this(state, logs, host, () -> base);
    }

    /**
     * With foundations that may still be in the making off the FX thread ({@link EarlyStart}): the
     * window's frame (theme, scene, dialogs, settings) needs none of them, so it is made here and
     * shown by {@link #open()} before that waits for them; the FX thread does its own work meanwhile
     * instead of idling.
     */
    ConsoleContext(StartupState state, LogControl logs, Host host, Supplier<Foundations> foundations) {
        this.state = state;
        this.host = host;
        this.logs = logs;
        this.foundations = foundations;
        // The process's own heap, watched for the whole run (HeapGuardTest scripts its readings).
        this.heapGuard = new HeapGuard(new OldGenerationReadings(), HeapSetting.current());
        // The heap is the process's: one warning for the whole run, shown by every account's window.
        this.memoryWarning = new MemoryWarningViewModel(heapGuard, messages, host.uiThread());
        this.settingsIo = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pvs-settings-io");
            thread.setDaemon(true);
            return thread;
        });
        this.accountTasks = new PooledTaskExecutor(4, host.uiThread(), TaskObserver.NONE);
        this.dialogs = new FxDialogService(host::stage, host.browser(), toasts::show, messages);
        this.settings = new SettingsService(state.settingsStore(), state.settings(), settingsIo,
                problem -> host.uiThread().execute(() -> dialogs.notify(problem)));
        this.theme = new ThemeSwitcher(host.dark() || state.settings().theme() == Theme.DARK);
        theme.darkProperty().addListener((obs, old, dark) ->
                settings.update(s -> s.withTheme(dark ? Theme.DARK : Theme.LIGHT)));
        HelpViewModel help = new HelpViewModel(logs.logDirectory(), host.folders(), state.config().httpTrace(), on -> {
            logs.setHttpTrace(on);
            settings.update(s -> s.withHttpTrace(on));
        }, dialogs, messages, host.version());
        this.helpMenu = new HelpMenu(help, messages).root();
        StackPane connecting = new StackPane();
        connecting.setId("connecting");
        // The spinner only once connecting takes a while: a start-up account that opens at once (the
        // demo, a key read quickly) shows no flash of it, and its skin and animation no longer take
        // the FX thread's time before the account's window.
        PauseTransition slowConnect = new PauseTransition(CONNECTING_SPINNER_AFTER);
        slowConnect.setOnFinished(event -> {
            if (connecting.getScene() != null) {
                connecting.getChildren().add(new ProgressIndicator());
            }
        });
        slowConnect.play();
        this.scene = new Scene(connecting);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        host.stage().setScene(scene);
    }

    /** The account and Help menus, the accounts and the session, on the foundations. */
    private void wire(Foundations base) {
        RegionCatalog catalog = base.catalog();
        this.demo = base.demo();
        ActionJournal journal = base.journal();
        AccountClients clients = base.clients();
        // The menus are built before the session so every account's window can carry them.
        ConsoleSession[] sessionRef = new ConsoleSession[1];
        this.accounts = new AccountService(state.accounts(), clients,
                new WorkspaceDiscovery(clients, catalog, accountTasks), accountTasks,
                (connection, start) -> sessionRef[0].activate(connection, start), dialogs::notify,
                environmentAccount(state), logs);
        AccountMenu accountMenu = new AccountMenu(new AccountMenuViewModel(accounts, dialogs, messages), dialogs, messages);
        this.session = new ConsoleSession(scene, theme, settings, host.tunables(), host.uiThread(), host.clock(), catalog,
                new ConsoleWindow.Chrome(messages, toasts, dialogs, accountMenu.root(),
                        List.of(helpMenu), memoryWarning, new AccountKeyFix(accounts, dialogs, messages)),
                base.inventoryCache(), base.explain(), journal);
        sessionRef[0] = session;
    }

    private static Optional<StartupAccount.FromEnvironment> environmentAccount(StartupState state) {
        return state.config().account() instanceof StartupAccount.FromEnvironment env ? Optional.of(env) : Optional.empty();
    }

    /**
     * Shows the window where it was, then (once the foundations are there) wires the accounts and
     * the session, opens the start-up account and tells the user what start-up found.
     */
    public void open() {
        Stage stage = host.stage();
        stage.setTitle("pvs-console");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        placement = WindowPlacement.restoreAndTrack(stage, settings);
        stage.show();
        wire(foundations.get());
        heapGuard.start();
        accounts.start(state.config().account());
        List<String> notices = new ArrayList<>(state.notices());
        CompletableFuture<Optional<String>> keychain = state.keychainNotice().toCompletableFuture();
        if (keychain.isDone()) {
            keychain.join().ifPresent(notices::add); // the usual case: one dialog for everything start-up found
        } else {
            // A keychain still answering (or waiting to be unlocked) says what it decided when it does,
            // unless this console has closed meanwhile.
            keychain.thenAccept(notice -> notice.ifPresent(text -> host.uiThread().execute(() -> {
                if (!closed && host.stage().isShowing()) {
                    dialogs.inform(messages.get("app.title"), text);
                }
            })));
        }
        if (!notices.isEmpty()) {
            dialogs.inform(messages.get("app.title"), String.join("\n\n", notices));
        }
    }

    /** Null until {@link #open()}. */
    public AccountService accounts() {
        return accounts;
    }

    /** Null until {@link #open()}. */
    public ConsoleSession session() {
        return session;
    }

    public SettingsService settings() {
        return settings;
    }

    public ThemeSwitcher theme() {
        return theme;
    }

    /** Stops loads and background work, then saves the settings on the calling thread. */
    @Override
    public void close() {
        closed = true;
        if (placement != null) {
            placement.detach();
        }
        if (session != null) {
            session.close();
        }
        memoryWarning.close();
        heapGuard.close();
        accountTasks.shutdown();
        settingsIo.shutdown();
        try {
            settingsIo.awaitTermination(2, TimeUnit.SECONDS);
            settings.flush();
        } catch (IOException e) {
            LOG.warn("Saving settings at exit failed ({})", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
