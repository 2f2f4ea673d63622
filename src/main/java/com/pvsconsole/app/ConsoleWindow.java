package com.pvsconsole.app;

import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.journal.JournalCode;
import com.pvsconsole.ui.journal.HistoryView;
import com.pvsconsole.ui.journal.HistoryViewModel;

import com.pvsconsole.api.region.Region;
import com.pvsconsole.ui.activity.ActivityView;
import com.pvsconsole.ui.activity.ActivityViewModel;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.events.EventsView;
import com.pvsconsole.ui.events.EventsViewModel;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.images.ImageActionsViewModel;
import com.pvsconsole.ui.images.ImagesView;
import com.pvsconsole.ui.images.ImagesViewModel;
import com.pvsconsole.ui.instances.InstanceActionsViewModel;
import com.pvsconsole.ui.instances.InstanceDetailsViewModel;
import com.pvsconsole.ui.instances.ExplainControls;
import com.pvsconsole.ui.instances.InstancesView;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.search.SavedViews;
import com.pvsconsole.ui.search.SearchModel;
import com.pvsconsole.service.settings.SavedView;
import com.pvsconsole.ui.instances.ProvisioningActionsViewModel;
import com.pvsconsole.ui.networks.InstanceNetworksView;
import com.pvsconsole.ui.networks.InstanceNetworksViewModel;
import com.pvsconsole.ui.networks.NetworksView;
import com.pvsconsole.ui.networks.NetworksViewModel;
import com.pvsconsole.ui.overview.OverviewView;
import com.pvsconsole.ui.overview.OverviewViewModel;
import com.pvsconsole.ui.shell.AccountInfo;
import com.pvsconsole.ui.shell.KeyFix;
import com.pvsconsole.ui.shell.KeyProblemView;
import com.pvsconsole.ui.shell.MainView;
import com.pvsconsole.ui.shell.NavigationView;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.shell.ShellViewModel;
import com.pvsconsole.ui.shell.StatusBarView;
import com.pvsconsole.ui.shell.TopBarView;
import com.pvsconsole.ui.snapshots.InstanceSnapshotsView;
import com.pvsconsole.ui.snapshots.InstanceSnapshotsViewModel;
import com.pvsconsole.ui.snapshots.SnapshotActions;
import com.pvsconsole.ui.snapshots.SnapshotsView;
import com.pvsconsole.ui.snapshots.SnapshotsViewModel;
import com.pvsconsole.ui.pools.PoolsView;
import com.pvsconsole.ui.pools.PoolsViewModel;
import com.pvsconsole.ui.sshkeys.SshKeysView;
import com.pvsconsole.ui.workspace.WorkspaceDetailsView;
import com.pvsconsole.ui.workspace.WorkspaceDetailsViewModel;
import com.pvsconsole.ui.sshkeys.SshKeysViewModel;
import com.pvsconsole.ui.volumes.InstanceVolumesView;
import com.pvsconsole.ui.volumes.InstanceVolumesViewModel;
import com.pvsconsole.ui.volumes.VolumesView;
import com.pvsconsole.ui.volumes.VolumeChangesViewModel;
import com.pvsconsole.ui.volumes.VolumesViewModel;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.search.JumpTarget;
import java.time.Clock;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import com.pvsconsole.ui.shell.MemoryWarningViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * Builds the main window's view-models and views on the services, by constructor injection.
 * {@link #openAt} selects the saved (or home) region, which starts loading.
 */
public final class ConsoleWindow {

    private final ConsoleServices services;
    private final ShellViewModel shell;
    private final InstancesViewModel instances;
    private final NavigationView navigation;
    private final Messages messages;
    private InstancesViewModel fleet;
    private SavedViews savedViews;
    private final MainView mainView;
    private final VolumesViewModel volumes;
    private final NetworksViewModel networks;
    /** The History page's model once built: it listens to the journal, which outlives this window. */
    private HistoryViewModel history;

    /** A window whose toasts, dialogs and extra top-bar controls outlive it (they move to the next account's window). */
    public ConsoleWindow(ConsoleServices services, AccountInfo account, ThemeSwitcher theme,
                         Chrome chrome) {
        this.services = services;
        Messages messages = chrome.messages();
        ZoneId zone = ZoneId.systemDefault();
        ToastArea toasts = chrome.toasts();
        DialogService dialogs = chrome.dialogs();
        this.shell = new ShellViewModel(services.inventory(), account, messages, zone);
        var scope = shell.workspaceProperty();
        this.instances = new InstancesViewModel(services.inventory(), scope, services.queries(), messages);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(services.actions(), instances, dialogs,
                messages);
        InstanceDetailsViewModel details = new InstanceDetailsViewModel(services.details());
        ActivityViewModel activity = new ActivityViewModel(services.activity());

        Map<Page, Supplier<? extends Parent>> pages = new EnumMap<>(Page.class);
        ExportMenu export = new ExportMenu(services.exports(), dialogs, messages, Clock.systemDefaultZone());
        pages.put(Page.OVERVIEW, () -> new OverviewView(new OverviewViewModel(services.inventory(), scope, services.usage()),
                dialogs, messages).root());
        ProvisioningActionsViewModel provisioning = new ProvisioningActionsViewModel(services.provisioning(),
                services.inventory(), instances, actions, dialogs, messages);
        provisioning.noWorkspaceProperty().bind(shell.noWorkspaceProperty());
        this.volumes = new VolumesViewModel(services.inventory(), scope, services.volumes(),
                services.workspaceCatalog(), dialogs, messages);
        VolumeChangesViewModel volumeChanges = new VolumeChangesViewModel(volumes, services.volumeChanges(), dialogs,
                messages);
        InstanceVolumesViewModel instanceVolumes = new InstanceVolumesViewModel(volumes, volumeChanges,
                details.detailsProperty(),
                details::reload, dialogs, messages);
        ExplainControls explain = new ExplainControls(services.explain(), services.transitions(), dialogs, messages);
        SnapshotActions snapshotActions = new SnapshotActions(services.inventory(), services.snapshots(), dialogs,
                messages);
        pages.put(Page.INSTANCES, () -> withDetailTabs(new InstancesView(instances, actions, details, provisioning,
                () -> new InstanceVolumesView(instanceVolumes, dialogs, messages).root(), dialogs, messages), details,
                snapshotActions, dialogs, messages).exportWith(export).explainWith(explain).root());
        pages.put(Page.ALL_SERVERS, () -> allServers(services, snapshotActions, dialogs, messages, export, explain));
        pages.put(Page.SNAPSHOTS, () -> new SnapshotsView(SnapshotsViewModel.ofWorkspace(services.inventory(),
                snapshotActions, scope), dialogs, messages).exportWith(export).root());
        pages.put(Page.ACTIVITY, () -> new ActivityView(activity, dialogs, messages, zone).root());
        pages.put(Page.HISTORY, () -> {
            closeHistory();
            history = new HistoryViewModel(services.journal(),
                    new JournalCode(CodeGenerator.forIbmCloud(services.catalog())), id -> services.inventory()
                    .workspaces().stream().filter(ws -> ws.workspaceId().equals(id))
                    .map(WorkspaceScope::workspaceName).findFirst(),
                    javafx.application.Platform::runLater).namingObjectsWith((wsId, id) -> objectName(wsId, id));
            return new HistoryView(history, dialogs, messages).root();
        });
        pages.put(Page.VOLUMES, () -> new VolumesView(volumes, volumeChanges, dialogs, messages).exportWith(export).root());
        this.networks = new NetworksViewModel(services.inventory(), scope, services.networks(), dialogs, messages);
        pages.put(Page.NETWORKS, () -> new NetworksView(networks, dialogs, messages).exportWith(export).root());
        pages.put(Page.IMAGES, () -> {
            ImagesViewModel images = new ImagesViewModel(services.inventory(), scope, services.images());
            return new ImagesView(images, new ImageActionsViewModel(images, services.images(), dialogs, messages),
                    export, dialogs, messages, zone).root();
        });
        // Built on first visit: the account's keys are loaded only when someone looks at them.
        pages.put(Page.SSH_KEYS, () -> new SshKeysView(new SshKeysViewModel(services.inventory(), scope, services.sshKeys(),
                dialogs, messages), dialogs, messages).exportWith(export).root());
        // Built on first visit, like SSH keys: the pools and the workspace's facts load when someone looks.
        pages.put(Page.POOLS, () -> new PoolsView(new PoolsViewModel(services.inventory(), scope, services.pools(), dialogs, messages),
                dialogs, messages).exportWith(export).root());
        pages.put(Page.WORKSPACE, () -> new WorkspaceDetailsView(new WorkspaceDetailsViewModel(scope,
                services.workspaceFacts(), messages), dialogs, messages).root());
        pages.put(Page.EVENTS, () -> new EventsView(new EventsViewModel(services.inventory(), scope, services.events(),
                messages, Clock.systemUTC(), zone), export, dialogs, messages).root());
        this.messages = messages;
        this.navigation = new NavigationView(shell, messages);
        this.mainView = new MainView(shell, new TopBarView(shell, theme, messages, chrome.accountControl(),
                chrome.trailing()), navigation,
                new StatusBarView(shell, activity, chrome.memory(), messages), pages, toasts,
                new KeyProblemView(shell, chrome.keyFix(), messages));
    }

    /**
     * All servers: every instance of every workspace in one table, with its own actions and
     * details (each acting on the row's workspace). Attaching volumes stays on the Instances page,
     * where the volume list is the workspace's.
     */
    private Parent allServers(ConsoleServices services, SnapshotActions snapshotActions, DialogService dialogs,
                              Messages messages, ExportMenu export, ExplainControls explain) {
        InstancesViewModel fleet = fleet();
        InstanceActionsViewModel fleetActions = new InstanceActionsViewModel(services.actions(), fleet, dialogs,
                messages);
        ProvisioningActionsViewModel fleetProvisioning = new ProvisioningActionsViewModel(services.provisioning(),
                services.inventory(), fleet, fleetActions, dialogs, messages);
        Label volumesNote = new Label(messages.get("servers.volumesOnInstancesPage"));
        volumesNote.setWrapText(true);
        InstanceDetailsViewModel fleetDetails = new InstanceDetailsViewModel(services.details());
        InstancesView view = withDetailTabs(new InstancesView(fleet, fleetActions, fleetDetails, fleetProvisioning,
                () -> volumesNote, dialogs, messages), fleetDetails, snapshotActions, dialogs, messages)
                .exportWith(export).explainWith(explain);
        if (savedViews != null) {
            view.savingViewsTo(savedViews);
        }
        return view.root();
    }

    /** The All servers view-model, made on first use (the page or a saved view). */
    private InstancesViewModel fleet() {
        if (fleet == null) {
            fleet = InstancesViewModel.fleet(services.inventory(), services.queries(), messages);
        }
        return fleet;
    }

    /**
     * Lists the saved views in the navigation and lets All servers save new ones. Call before the
     * All servers page is first shown.
     */
    public void listSavedViews(SavedViews views) {
        this.savedViews = views;
        navigation.listing(views, this::open);
    }

    /** Opens a saved view: All servers with its query and its columns. */
    void open(SavedView view) {
        InstancesViewModel servers = fleet();
        shell.pageProperty().set(Page.ALL_SERVERS);
        servers.search().textProperty().set(view.query());
        if (!view.columns().isEmpty()) {
            servers.visibleColumnsProperty().set(view.columns());
        }
    }

    /** The Networks and Snapshots tabs of a details pane, each acting in the shown server's own workspace. */
    private InstancesView withDetailTabs(InstancesView view, InstanceDetailsViewModel details,
                                         SnapshotActions snapshotActions, DialogService dialogs, Messages messages) {
        InstanceNetworksViewModel networksTab = new InstanceNetworksViewModel(services.instanceNetworks(),
                services.inventory(), details.rowProperty(), details.detailsProperty(), details::reload, dialogs,
                messages);
        InstanceSnapshotsViewModel snapshotsTab = new InstanceSnapshotsViewModel(
                new SnapshotsViewModel(services.inventory(), snapshotActions), details.rowProperty(),
                details.detailsProperty());
        return view.withDetailTabs(() -> new InstanceNetworksView(networksTab, dialogs, messages).root(),
                () -> new InstanceSnapshotsView(snapshotsTab, dialogs, messages).root());
    }

    /** A server's, volume's or network's name by id, from what the inventory has loaded. */
    private java.util.Optional<String> objectName(String workspaceId, String id) {
        InventoryService store = services.inventory();
        return store.workspaces().stream().filter(ws -> ws.workspaceId().equals(workspaceId)).findFirst()
                .flatMap(ws -> java.util.stream.Stream.of(
                        store.instances(ws).stream().filter(i -> id.equals(i.pvmInstanceID())).map(i -> i.serverName()),
                        store.volumes(ws).stream().filter(v -> id.equals(v.volumeID())).map(v -> v.name()),
                        store.networks(ws).stream().filter(n -> id.equals(n.networkID())).map(n -> n.name()))
                        .flatMap(s -> s).findFirst());
    }

    /**
     * Opens All servers once the account turns out to have more than one workspace, unless the
     * user has picked a page by then.
     */
    void openOnAllServersWhenFleet() {
        Page initial = shell.pageProperty().get();
        services.inventory().addListener(new com.pvsconsole.service.inventory.InventoryListener() {
            private boolean done;

            @Override
            public void workspacesChanged(com.pvsconsole.api.RegionEndpoint endpoint,
                                          List<com.pvsconsole.service.inventory.WorkspaceScope> workspaces) {
                if (!done && services.inventory().workspaces().size() > 1) {
                    done = true;
                    if (shell.pageProperty().get() == initial) {
                        shell.pageProperty().set(Page.ALL_SERVERS);
                    }
                }
            }
        });
    }

    /** Every server, volume, network and workspace of the account, for Ctrl+K. */
    public List<JumpTarget> jumpTargets() {
        InventoryService store = services.inventory();
        List<JumpTarget> all = new ArrayList<>();
        for (WorkspaceScope ws : store.workspaces()) {
            all.add(new JumpTarget(JumpTarget.Kind.WORKSPACE, ws.workspaceName(), ws.region(), ws.workspaceName(),
                    ws.workspaceId()));
            store.instances(ws).forEach(i -> all.add(new JumpTarget(JumpTarget.Kind.SERVER, i.serverName(),
                    ws.region(), ws.workspaceName(), i.pvmInstanceID())));
            store.volumes(ws).forEach(v -> all.add(new JumpTarget(JumpTarget.Kind.VOLUME, v.name(), ws.region(),
                    ws.workspaceName(), v.volumeID())));
            store.networks(ws).forEach(n -> all.add(new JumpTarget(JumpTarget.Kind.NETWORK, n.name(), ws.region(),
                    ws.workspaceName(), n.networkID())));
        }
        return all;
    }

    /**
     * Opens what Ctrl+K found: its region and workspace, and the page of its kind filtered to its
     * name with its row selected by id (names may repeat), so its details show.
     */
    public void jumpTo(JumpTarget target) {
        services.inventory().workspaces().stream()
                .filter(ws -> ws.region().equals(target.region()) && ws.workspaceName().equals(target.workspace()))
                .findFirst()
                .ifPresent(ws -> {
                    services.catalog().find(ws.region()).ifPresent(shell::selectRegion);
                    shell.selectWorkspace(ws);
                    switch (target.kind()) {
                        case SERVER -> reveal(instances.search(), Page.INSTANCES, target);
                        case VOLUME -> reveal(volumes.search(), Page.VOLUMES, target);
                        case NETWORK -> reveal(networks.search(), Page.NETWORKS, target);
                        default -> shell.pageProperty().set(Page.OVERVIEW);
                    }
                });
    }

    private void reveal(SearchModel<?> search, Page page, JumpTarget target) {
        search.textProperty().set("name:\"" + target.name().replace("\"", "") + "\"");
        search.reveal(target.id());
        shell.pageProperty().set(page);
    }

    /** Starts on a saved location: the region (the first when unknown), endpoint and workspace. */
    public void openAt(String regionId, boolean privateEndpoint, String workspaceId) {
        Region region = services.catalog().find(regionId).orElse(services.catalog().regions().get(0));
        shell.openAt(region, privateEndpoint, workspaceId);
    }

    /** Lets go of what outlives the window (the journal's listener): called when another window replaces it. */
    public void close() {
        closeHistory();
    }

    private void closeHistory() {
        if (history != null) {
            history.close();
            history = null;
        }
    }

    public Parent root() {
        return mainView.root();
    }

    /** Whether the page has been made yet (false for every page until the window's root is asked for). */
    boolean pageBuilt(Page page) {
        return mainView.hasBuilt(page);
    }

    public ShellViewModel shell() {
        return shell;
    }

    public InstancesViewModel instances() {
        return instances;
    }

    /**
     * What a window shares with the app rather than owns: messages, the toast area, the dialog
     * service, extra top-bar controls (account menu, Help; null / empty for none) and the status
     * bar's memory warning (the heap is the process's), and what fixes a refused API key (null: Retry only).
     */
    public record Chrome(Messages messages, ToastArea toasts, DialogService dialogs, Node accountControl,
                         List<Node> trailing, MemoryWarningViewModel memory, KeyFix keyFix) {
    }
}
