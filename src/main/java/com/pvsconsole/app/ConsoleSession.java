package com.pvsconsole.app;

import com.pvsconsole.service.explain.ExplainSources;
import com.pvsconsole.ui.explain.ControlsFxNotifier;
import com.pvsconsole.ui.explain.TransitionAlerts;
import com.pvsconsole.service.journal.ActionJournal;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.accounts.AccountActivator;
import com.pvsconsole.service.accounts.AccountConnection;
import com.pvsconsole.service.accounts.AccountKind;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.FoundWorkspace;
import com.pvsconsole.service.inventory.cache.InventoryCache;
import com.pvsconsole.service.inventory.cache.InventoryCacheSync;
import com.pvsconsole.service.settings.Settings;
import com.pvsconsole.ui.search.SavedViews;
import com.pvsconsole.service.settings.SettingsService;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.shell.AccountInfo;
import com.pvsconsole.ui.search.QuickJump;
import com.pvsconsole.ui.shell.ShellViewModel;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's current connection: switching account closes the old services (cancelling
 * their loads), builds client, inventory and window for the new one, swaps the scene's root
 * and opens the saved (or just discovered) location, which is saved again as it changes.
 * UI thread only.
 */
public final class ConsoleSession implements AccountActivator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

    /** The settings key of the instance table's visible columns. */
    static final String INSTANCE_TABLE = "instances";

    private final Scene scene;
    private final ThemeSwitcher theme;
    private final SettingsService settings;
    private final ServiceSettings tunables;
    private final Executor uiThread;
    private final Clock clock;
    private final RegionCatalog catalog;
    private final ConsoleWindow.Chrome chrome;
    private final ReadOnlyObjectWrapper<ConsoleWindow> window = new ReadOnlyObjectWrapper<>();
    private final InventoryCache inventoryCache;
    private final ActionJournal journal;
    private ConsoleServices services;
    private InventoryCacheSync cacheSync;
    private BackgroundWatch background;
    private final ExplainSources explainSources;
    private TransitionAlerts alerts;

    public ConsoleSession(Scene scene, ThemeSwitcher theme, SettingsService settings, ServiceSettings tunables,
                          Executor uiThread, Clock clock, RegionCatalog catalog, ConsoleWindow.Chrome chrome,
                          InventoryCache inventoryCache, ExplainSources explainSources) {
        this(scene, theme, settings, tunables, uiThread, clock, catalog, chrome, inventoryCache, explainSources,
                ActionJournal.inMemory(clock));
    }

    /** With the run's action journal, which the History page lists. */
    public ConsoleSession(Scene scene, ThemeSwitcher theme, SettingsService settings, ServiceSettings tunables,
                          Executor uiThread, Clock clock, RegionCatalog catalog, ConsoleWindow.Chrome chrome,
                          InventoryCache inventoryCache, ExplainSources explainSources, ActionJournal journal) {
        this.journal = journal;
        this.inventoryCache = inventoryCache;
        this.explainSources = explainSources;
        this.scene = scene;
        this.theme = theme;
        this.settings = settings;
        this.tunables = tunables;
        this.uiThread = uiThread;
        this.clock = clock;
        this.catalog = catalog;
        this.chrome = chrome;
        // Ctrl+K works on whichever account's window is open.
        QuickJump.install(scene, () -> window.get() == null ? List.of() : window.get().jumpTargets(),
                target -> {
                    if (window.get() != null) {
                        window.get().jumpTo(target);
                    }
                }, chrome.messages());
    }

    @Override
    public void activate(AccountConnection connection, Optional<FoundWorkspace> start) {
        closeServices();
        AccountProfile profile = connection.profile();
        Settings saved = settings.current();
        ServiceSettings withInterval = new ServiceSettings(tunables.workerThreads(),
                Duration.ofSeconds(saved.refreshIntervalSeconds()), tunables.pollInterval(), tunables.followLimit());
        services = new ConsoleServices(profile.id(), connection.client(), catalog, withInterval, uiThread, clock,
                explainSources, journal);
        ConsoleWindow next = new ConsoleWindow(services, new AccountInfo(profile.name(), profile.isDemo()),
                theme, chrome);
        next.instances().visibleColumnsProperty().set(saved.visibleColumns(INSTANCE_TABLE).orElse(null));
        next.instances().visibleColumnsProperty().addListener((obs, old, columns) ->
                settings.update(s -> s.withVisibleColumns(INSTANCE_TABLE, columns)));
        next.listSavedViews(new SavedViews(settings));
        cacheSync = new InventoryCacheSync(services.inventory(), inventoryCache, services.executor(), clock,
                Duration.ofSeconds(30));
        if (scene.getWindow() instanceof javafx.stage.Stage stage) {
            background = BackgroundWatch.attach(stage, services.inventory()::setBackground);
            // Away from the window, a failed transition or the end of a long one raises a desktop notification.
            alerts = TransitionAlerts.attach(services.transitions(), stage::isFocused,
                    new ControlsFxNotifier(() -> stage), chrome.messages());
        }

        boolean sameAccount = saved.lastAccount().filter(profile.id()::equals).isPresent();
        String region = start.map(FoundWorkspace::region)
                .orElseGet(() -> sameAccount ? saved.lastRegion().orElse(connection.homeRegion()) : connection.homeRegion());
        EndpointType type = sameAccount && start.isEmpty() ? saved.endpointType() : profile.endpointType();
        String workspace = start.map(found -> found.workspace().id())
                .orElseGet(() -> sameAccount ? saved.lastWorkspace().orElse(null) : null);
        if (profile.kind() != AccountKind.ENVIRONMENT) {
            // An environment key is for one run: it must not replace the account the user chose last.
            settings.update(s -> s.withLocation(profile.id(), region, type, workspace));
            trackLocation(next.shell(), profile.id());
        }
        next.openOnAllServersWhenFleet();
        next.openAt(region, type == EndpointType.PRIVATE, workspace);
        // The last inventory shows at once, in the window's first frame when start-up read it ahead
        // (marked with its age), while the service is asked again.
        try {
            cacheSync.start();
        } catch (RuntimeException e) {
            // A saved inventory that cannot be shown only makes the start slower: the service is asked anyway.
            LOG.warn("Showing the saved inventory failed ({})", e.getClass().getSimpleName(), e);
        }
        // The window's pages are made now, once the restored inventory has chosen the first one (All
        // servers for a fleet): made earlier, the Instances page was built and replaced, never shown.
        scene.setRoot(next.root());
        window.set(next);
    }

    private void trackLocation(ShellViewModel shell, String accountId) {
        Runnable save = () -> {
            if (shell.regionProperty().get() == null) {
                return;
            }
            settings.update(s -> s.withLocation(accountId, shell.regionProperty().get().id(),
                    shell.privateEndpointProperty().get() ? EndpointType.PRIVATE : EndpointType.PUBLIC,
                    shell.workspaceProperty().get() == null ? s.workspaceId() : shell.workspaceProperty().get().workspaceId()));
        };
        shell.regionProperty().addListener((obs, old, now) -> save.run());
        shell.privateEndpointProperty().addListener((obs, old, now) -> save.run());
        shell.workspaceProperty().addListener((obs, old, now) -> save.run());
    }

    /** The window of the current account; null until the first account is open. */
    public ReadOnlyObjectProperty<ConsoleWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** The current account's services (null until the first account is open): for diagnostics and tests. */
    public ConsoleServices services() {
        return services;
    }

    private void closeServices() {
        if (window.get() != null) {
            window.get().close();
        }
        if (alerts != null) {
            alerts.detach();
            alerts = null;
        }
        if (background != null) {
            background.detach();
            background = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The console is closing: the last answers are saved for the next start, then everything stops. */
    @Override
    public void close() {
        if (cacheSync != null) {
            cacheSync.saveOnClose();
            cacheSync = null;
        }
        closeServices();
    }
}
