package com.pvsconsole.app;

import com.pvsconsole.api.region.Region;
import com.pvsconsole.ui.activity.ActivityView;
import com.pvsconsole.ui.activity.ActivityViewModel;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.dialog.FxDialogService;
import com.pvsconsole.ui.events.EventsView;
import com.pvsconsole.ui.events.EventsViewModel;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.images.ImageActionsViewModel;
import com.pvsconsole.ui.images.ImagesView;
import com.pvsconsole.ui.images.ImagesViewModel;
import com.pvsconsole.ui.instances.InstanceActionsViewModel;
import com.pvsconsole.ui.instances.InstanceDetailsViewModel;
import com.pvsconsole.ui.instances.InstancesView;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.instances.ProvisioningActionsViewModel;
import com.pvsconsole.ui.networks.NetworksView;
import com.pvsconsole.ui.networks.NetworksViewModel;
import com.pvsconsole.ui.overview.OverviewView;
import com.pvsconsole.ui.overview.OverviewViewModel;
import com.pvsconsole.ui.shell.AccountInfo;
import com.pvsconsole.ui.shell.MainView;
import com.pvsconsole.ui.shell.NavigationView;
import com.pvsconsole.ui.shell.Page;
import com.pvsconsole.ui.shell.ShellViewModel;
import com.pvsconsole.ui.shell.StatusBarView;
import com.pvsconsole.ui.shell.TopBarView;
import com.pvsconsole.ui.sshkeys.SshKeysView;
import com.pvsconsole.ui.sshkeys.SshKeysViewModel;
import com.pvsconsole.ui.volumes.InstanceVolumesView;
import com.pvsconsole.ui.volumes.InstanceVolumesViewModel;
import com.pvsconsole.ui.volumes.VolumesView;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Builds the main window's view-models and views on the services, by constructor injection.
 * {@link #open()} selects the first region, which starts loading.
 */
public final class ConsoleWindow {

    private final ConsoleServices services;
    private final String initialRegion;
    private final ShellViewModel shell;
    private final InstancesViewModel instances;
    private final MainView mainView;
    private final VolumesViewModel volumes;
    private final NetworksViewModel networks;

    /**
     * @param browser opens a URL in the system browser
     * @param owner   the window dialogs belong to
     */
    public ConsoleWindow(ConsoleServices services, ConnectionTarget target, ThemeSwitcher theme,
                         Consumer<String> browser, Supplier<Window> owner) {
        this(services, target.account(), target.initialRegion(), theme, Chrome.standalone(owner, browser));
    }

    /** A window whose toasts, dialogs and extra top-bar controls outlive it (they move to the next account's window). */
    public ConsoleWindow(ConsoleServices services, AccountInfo account, String initialRegion, ThemeSwitcher theme,
                         Chrome chrome) {
        this.services = services;
        this.initialRegion = initialRegion;
        Messages messages = chrome.messages();
        ZoneId zone = ZoneId.systemDefault();
        ToastArea toasts = chrome.toasts();
        DialogService dialogs = chrome.dialogs();
        this.shell = new ShellViewModel(services.inventory(), account, messages, zone);
        var scope = shell.workspaceProperty();
        this.instances = new InstancesViewModel(services.inventory(), scope, messages);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(services.actions(), instances, dialogs,
                messages);
        InstanceDetailsViewModel details = new InstanceDetailsViewModel(services.details());
        ActivityViewModel activity = new ActivityViewModel(services.activity());

        Map<Page, Supplier<? extends Parent>> pages = new EnumMap<>(Page.class);
        ExportMenu export = new ExportMenu(services.exports(), dialogs, messages, Clock.systemDefaultZone());
        pages.put(Page.OVERVIEW, () -> new OverviewView(new OverviewViewModel(services.inventory(), scope, services.usage()),
                dialogs, messages).root());
        ProvisioningActionsViewModel provisioning = new ProvisioningActionsViewModel(services.provisioning(),
                instances, actions, dialogs, messages);
        provisioning.noWorkspaceProperty().bind(shell.noWorkspaceProperty());
        this.volumes = new VolumesViewModel(services.inventory(), scope, services.volumes(), dialogs, messages);
        InstanceVolumesViewModel instanceVolumes = new InstanceVolumesViewModel(volumes, details.detailsProperty(),
                details::reload, dialogs, messages);
        pages.put(Page.INSTANCES, () -> new InstancesView(instances, actions, details, provisioning,
                new InstanceVolumesView(instanceVolumes, dialogs, messages).root(), dialogs, messages)
                .exportWith(export).root());
        pages.put(Page.ALL_SERVERS, () -> allServers(services, dialogs, messages, export));
        pages.put(Page.ACTIVITY, () -> new ActivityView(activity, dialogs, messages, zone).root());
        pages.put(Page.VOLUMES, () -> new VolumesView(volumes, dialogs, messages).exportWith(export).root());
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
        pages.put(Page.EVENTS, () -> new EventsView(new EventsViewModel(services.inventory(), scope, services.events(),
                messages, Clock.systemUTC(), zone), export, dialogs, messages).root());
        this.mainView = new MainView(shell, new TopBarView(shell, theme, messages, chrome.accountControl(),
                chrome.trailing()), new NavigationView(shell, messages),
                new StatusBarView(shell, activity, messages), pages, toasts);
    }

    /**
     * All servers: every instance of every workspace in one table, with its own actions and
     * details (each acting on the row's workspace). Attaching volumes stays on the Instances page,
     * where the volume list is the workspace's.
     */
    private Parent allServers(ConsoleServices services, DialogService dialogs, Messages messages, ExportMenu export) {
        InstancesViewModel fleet = InstancesViewModel.fleet(services.inventory(), messages);
        InstanceActionsViewModel fleetActions = new InstanceActionsViewModel(services.actions(), fleet, dialogs,
                messages);
        ProvisioningActionsViewModel fleetProvisioning = new ProvisioningActionsViewModel(services.provisioning(),
                fleet, fleetActions, dialogs, messages);
        Label volumesNote = new Label(messages.get("servers.volumesOnInstancesPage"));
        volumesNote.setWrapText(true);
        return new InstancesView(fleet, fleetActions, new InstanceDetailsViewModel(services.details()),
                fleetProvisioning, volumesNote, dialogs, messages).exportWith(export).root();
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

    /** Opens what Ctrl+K found: its region and workspace, the page of its kind, filtered to its name. */
    public void jumpTo(JumpTarget target) {
        services.inventory().workspaces().stream()
                .filter(ws -> ws.region().equals(target.region()) && ws.workspaceName().equals(target.workspace()))
                .findFirst()
                .ifPresent(ws -> {
                    services.catalog().find(ws.region()).ifPresent(shell::selectRegion);
                    shell.selectWorkspace(ws);
                    String byName = "name:\"" + target.name().replace("\"", "") + "\"";
                    switch (target.kind()) {
                        case SERVER -> {
                            instances.filterTextProperty().set(byName);
                            shell.pageProperty().set(Page.INSTANCES);
                        }
                        case VOLUME -> {
                            volumes.search().textProperty().set(byName);
                            shell.pageProperty().set(Page.VOLUMES);
                        }
                        case NETWORK -> {
                            networks.search().textProperty().set(byName);
                            shell.pageProperty().set(Page.NETWORKS);
                        }
                        default -> shell.pageProperty().set(Page.OVERVIEW);
                    }
                });
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(mainView.root(), width, height);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        return scene;
    }

    /** Starts on the connection's first region. */
    public void open() {
        Region first = services.catalog().find(initialRegion)
                .orElse(services.catalog().regions().get(0));
        shell.selectRegion(first);
    }

    /** Starts on a saved location: the region (the first when unknown), endpoint and workspace. */
    public void openAt(String regionId, boolean privateEndpoint, String workspaceId) {
        Region region = services.catalog().find(regionId).orElse(services.catalog().regions().get(0));
        shell.openAt(region, privateEndpoint, workspaceId);
    }

    public Parent root() {
        return mainView.root();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public InstancesViewModel instances() {
        return instances;
    }

    /**
     * What a window shares with the app rather than owns: messages, the toast area, the dialog
     * service and extra top-bar controls (account menu, Help), or null / empty for none.
     */
    public record Chrome(Messages messages, ToastArea toasts, DialogService dialogs, Node accountControl,
                         List<Node> trailing) {

        static Chrome standalone(Supplier<Window> owner, Consumer<String> browser) {
            Messages messages = Messages.defaults();
            ToastArea toasts = new ToastArea();
            return new Chrome(messages, toasts, new FxDialogService(owner, browser, toasts::show, messages), null,
                    List.of());
        }
    }
}
