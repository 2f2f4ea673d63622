package com.pvsconsole.app;

import com.pvsconsole.api.region.Region;
import com.pvsconsole.ui.activity.ActivityView;
import com.pvsconsole.ui.activity.ActivityViewModel;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.ToastArea;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.dialog.FxDialogService;
import com.pvsconsole.ui.instances.InstanceActionsViewModel;
import com.pvsconsole.ui.instances.InstanceDetailsViewModel;
import com.pvsconsole.ui.instances.InstancesView;
import com.pvsconsole.ui.instances.InstancesViewModel;
import com.pvsconsole.ui.networks.NetworksView;
import com.pvsconsole.ui.networks.NetworksViewModel;
import com.pvsconsole.ui.resources.ResourcePages;
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
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Builds the main window's view-models and views on the services, by constructor injection.
 * {@link #open()} selects the first region, which starts loading.
 */
public final class ConsoleWindow {

    private final ConsoleServices services;
    private final ConnectionTarget target;
    private final ShellViewModel shell;
    private final InstancesViewModel instances;
    private final MainView mainView;

    /**
     * @param browser opens a URL in the system browser
     * @param owner   the window dialogs belong to
     */
    public ConsoleWindow(ConsoleServices services, ConnectionTarget target, ThemeSwitcher theme,
                         Consumer<String> browser, Supplier<Window> owner) {
        this.services = services;
        this.target = target;
        Messages messages = Messages.defaults();
        ZoneId zone = ZoneId.systemDefault();
        ToastArea toasts = new ToastArea();
        DialogService dialogs = new FxDialogService(owner, browser, toasts::show, messages);
        this.shell = new ShellViewModel(services.inventory(), target.account(), messages, zone);
        this.instances = new InstancesViewModel(services.inventory(), messages);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(services.actions(), services.inventory(),
                instances, dialogs, messages);
        InstanceDetailsViewModel details = new InstanceDetailsViewModel(services.inventory(), services.details());
        ActivityViewModel activity = new ActivityViewModel(services.activity());

        Map<Page, Supplier<? extends Parent>> pages = new EnumMap<>(Page.class);
        VolumesViewModel volumes = new VolumesViewModel(services.inventory(), services.volumes(), dialogs, messages);
        InstanceVolumesViewModel instanceVolumes = new InstanceVolumesViewModel(volumes, details.detailsProperty(),
                details::reload, dialogs, messages);
        pages.put(Page.INSTANCES, () -> new InstancesView(instances, actions, details,
                new InstanceVolumesView(instanceVolumes, dialogs, messages).root(), dialogs, messages).root());
        pages.put(Page.ACTIVITY, () -> new ActivityView(activity, dialogs, messages, zone).root());
        ResourcePages resourcePages = new ResourcePages(services.inventory(), services.resources(), dialogs, messages);
        pages.put(Page.VOLUMES, () -> new VolumesView(volumes, dialogs, messages).root());
        NetworksViewModel networks = new NetworksViewModel(services.inventory(), services.networks(), dialogs, messages);
        pages.put(Page.NETWORKS, () -> new NetworksView(networks, dialogs, messages).root());
        pages.put(Page.IMAGES, resourcePages::images);
        // Built on first visit: the account's keys are loaded only when someone looks at them.
        pages.put(Page.SSH_KEYS, () -> new SshKeysView(new SshKeysViewModel(services.inventory(), services.resources(),
                services.sshKeys(), dialogs, messages), dialogs, messages).root());
        pages.put(Page.EVENTS, resourcePages::events);
        this.mainView = new MainView(shell, new TopBarView(shell, theme, messages), new NavigationView(shell, messages),
                new StatusBarView(shell, activity, messages), pages, toasts);
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(mainView.root(), width, height);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        return scene;
    }

    /** Starts on the connection's first region. */
    public void open() {
        Region first = services.catalog().find(target.initialRegion())
                .orElse(services.catalog().regions().get(0));
        shell.selectRegion(first);
    }

    public ShellViewModel shell() {
        return shell;
    }

    public InstancesViewModel instances() {
        return instances;
    }
}
