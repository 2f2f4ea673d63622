package com.pvsconsole.ui.shell;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window frame's state: account, region (public or private endpoint), the region's
 * workspaces and the selected one, the current page, and the status bar's connection state and
 * last refresh time.
 */
public final class ShellViewModel implements InventoryListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final InventoryService inventory;
    private final Messages messages;
    private final AccountInfo account;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Region> region = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper privateEndpoint = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Workspace> workspaces = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<Workspace> readOnlyWorkspaces = FXCollections.unmodifiableObservableList(workspaces);
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.INSTANCES);
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper connectionProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastRefresh = new ReadOnlyStringWrapper("");
    /** The workspace to select when the region's list arrives (restored from settings), if any. */
    private String preferredWorkspaceId;

    public ShellViewModel(InventoryService inventory, AccountInfo account, Messages messages, ZoneId zone) {
        this.inventory = inventory;
        this.account = account;
        this.messages = messages;
        this.zone = zone;
        connection.set(messages.get("connection.connecting"));
        inventory.addListener(this);
    }

    public Map<String, List<Region>> regionsByGeography() {
        return inventory.regionsByGeography();
    }

    public void selectRegion(Region newRegion) {
        if (newRegion == null || Objects.equals(newRegion, region.get())) {
            return;
        }
        region.set(newRegion);
        reloadRegion();
    }

    /**
     * Opens a saved location: the region over the given endpoint, then {@code workspaceId} once the
     * region's workspaces have loaded (the first one when it is gone or null).
     */
    public void openAt(Region startRegion, boolean usePrivate, String workspaceId) {
        preferredWorkspaceId = workspaceId;
        privateEndpoint.set(usePrivate);
        selectRegion(startRegion);
    }

    public void setPrivateEndpoint(boolean usePrivate) {
        if (usePrivate != privateEndpoint.get()) {
            privateEndpoint.set(usePrivate);
            reloadRegion();
        }
    }

    private void reloadRegion() {
        if (region.get() == null) {
            return;
        }
        workspaces.clear();
        workspace.set(null);
        connection.set(messages.get("connection.connecting"));
        inventory.selectRegion(new RegionEndpoint(region.get().id(),
                privateEndpoint.get() ? EndpointType.PRIVATE : EndpointType.PUBLIC));
    }

    public void selectWorkspace(Workspace newWorkspace) {
        if (newWorkspace == null || newWorkspace.equals(workspace.get())) {
            return;
        }
        workspace.set(newWorkspace);
        inventory.selectWorkspace(newWorkspace);
    }

    @Override
    public void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> loaded) {
        workspaces.setAll(loaded);
        String preferred = preferredWorkspaceId;
        preferredWorkspaceId = null;
        loaded.stream().filter(ws -> ws.id().equals(preferred)).findFirst()
                .or(() -> loaded.stream().findFirst())
                .ifPresent(this::selectWorkspace);
    }

    @Override
    public void loadFailed(Problem problem) {
        connectionProblem.set(true);
        connection.set(messages.get("connection.problem", problem.statusLabel()));
    }

    @Override
    public void loadSucceeded(Instant at) {
        connectionProblem.set(false);
        connection.set(messages.get("connection.connected"));
        lastRefresh.set(messages.get("status.lastRefresh", TIME.format(at.atZone(zone))));
    }

    public AccountInfo account() {
        return account;
    }

    public ReadOnlyObjectProperty<Region> regionProperty() {
        return region.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty privateEndpointProperty() {
        return privateEndpoint.getReadOnlyProperty();
    }

    public ObservableList<Workspace> workspaces() {
        return readOnlyWorkspaces;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectionProblemProperty() {
        return connectionProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }
}
