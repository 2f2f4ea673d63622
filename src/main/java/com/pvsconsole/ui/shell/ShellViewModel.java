package com.pvsconsole.ui.shell;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * workspaces and the selected one (as a {@link WorkspaceScope}: what every page shows and acts
 * on), the current page, and the status bar's connection state and data age, all read from the
 * account's inventory store.
 */
public final class ShellViewModel implements InventoryListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final InventoryService inventory;
    private final Messages messages;
    private final AccountInfo account;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Region> region = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper privateEndpoint = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<WorkspaceScope> workspaces = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<WorkspaceScope> readOnlyWorkspaces = FXCollections.unmodifiableObservableList(workspaces);
    private final ReadOnlyObjectWrapper<WorkspaceScope> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper noWorkspace = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.INSTANCES);
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper connectionProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastRefresh = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectionDetail = new ReadOnlyStringWrapper("");
    /** IBM Cloud refused the account's key for the shown region's workspace list; null otherwise. */
    private final ReadOnlyObjectWrapper<Problem> keyProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper keyChecked = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper keyRetrying = new ReadOnlyBooleanWrapper(false);
    /** The workspace to select when the region's list arrives (restored from settings), if any. */
    private String preferredWorkspaceId;
    private boolean updatingWorkspaces;

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
        showRegion();
    }

    /**
     * Opens a saved location: discovers every region of the account, shows {@code startRegion}
     * over the given endpoint and selects {@code workspaceId} once it is known (the first
     * workspace when it is gone or null).
     */
    public void openAt(Region startRegion, boolean usePrivate, String workspaceId) {
        preferredWorkspaceId = workspaceId;
        privateEndpoint.set(usePrivate);
        region.set(startRegion);
        showRegion();
        discoverAll();
    }

    /** Switches endpoints; the selected workspace stays selected when it exists on both. */
    public void setPrivateEndpoint(boolean usePrivate) {
        if (usePrivate != privateEndpoint.get()) {
            preferredWorkspaceId = Optional.ofNullable(workspace.get()).map(WorkspaceScope::workspaceId)
                    .orElse(preferredWorkspaceId);
            privateEndpoint.set(usePrivate);
            showRegion();
            discoverAll();
        }
    }

    private void discoverAll() {
        inventory.discover(endpointType());
    }

    private EndpointType endpointType() {
        return privateEndpoint.get() ? EndpointType.PRIVATE : EndpointType.PUBLIC;
    }

    private Optional<RegionEndpoint> endpoint() {
        return Optional.ofNullable(region.get()).map(r -> new RegionEndpoint(r.id(), endpointType()));
    }

    /** Shows the store's workspaces of the selected region; asks for them if nobody has yet. */
    private void showRegion() {
        Optional<RegionEndpoint> shown = endpoint();
        if (shown.isEmpty()) {
            return;
        }
        workspace.set(null);
        workspaces.clear();
        noWorkspace.set(false);
        keyProblem.set(inventory.regionProblem(shown.get()).filter(Problem::keyRefused).orElse(null));
        if (inventory.isRegionLoaded(shown.get()) || !inventory.workspaces(shown.get()).isEmpty()) {
            workspacesChanged(shown.get(), inventory.workspaces(shown.get()));
        } else {
            inventory.discoverRegion(shown.get(), true);
        }
    }

    /** True while the workspace list itself is being replaced (a picker's value change then is not a choice). */
    public boolean isUpdatingWorkspaces() {
        return updatingWorkspaces;
    }

    /** The user's choice: it also replaces a workspace still waiting to be restored. */
    public void selectWorkspace(WorkspaceScope newWorkspace) {
        if (newWorkspace == null) {
            return;
        }
        preferredWorkspaceId = null;
        show(newWorkspace);
    }

    private void show(WorkspaceScope newWorkspace) {
        if (newWorkspace == null || newWorkspace.equals(workspace.get())) {
            return;
        }
        workspace.set(newWorkspace);
        inventory.focus(newWorkspace);
    }

    @Override
    public void workspacesChanged(RegionEndpoint changed, List<WorkspaceScope> loaded) {
        if (!endpoint().filter(changed::equals).isPresent()) {
            return;
        }
        if (!workspaces.equals(loaded)) {
            // A ComboBox showing this list may move its value while the list changes: that is not
            // the user choosing, and the picker must not pass it on (see isUpdatingWorkspaces).
            updatingWorkspaces = true;
            try {
                workspaces.setAll(loaded);
            } finally {
                updatingWorkspaces = false;
            }
        }
        noWorkspace.set(loaded.isEmpty() && inventory.isRegionLoaded(changed));
        if (inventory.isRegionLoaded(changed) && inventory.regionProblem(changed).isEmpty()) {
            keyProblem.set(null);
            keyRetrying.set(false);
        }
        WorkspaceScope current = workspace.get();
        boolean stillWanted = preferredWorkspaceId != null && (current == null
                || !current.workspaceId().equals(preferredWorkspaceId))
                && loaded.stream().anyMatch(ws -> ws.workspaceId().equals(preferredWorkspaceId));
        if (current != null && loaded.contains(current) && !stillWanted) {
            return;
        }
        String preferred = preferredWorkspaceId != null ? preferredWorkspaceId
                : current == null ? null : current.workspaceId();
        Optional<WorkspaceScope> next = loaded.stream().filter(ws -> ws.workspaceId().equals(preferred)).findFirst()
                .or(() -> loaded.stream().findFirst());
        if (next.isPresent()) {
            // The saved workspace stays wanted until it is the one shown (a cached list may come
            // before or after the service's, and either may lack it for a moment).
            if (next.get().workspaceId().equals(preferredWorkspaceId)) {
                preferredWorkspaceId = null;
            }
            show(next.get());
        } else {
            workspace.set(null);
        }
    }

    @Override
    public void regionFailed(RegionEndpoint failed, Problem problem) {
        if (endpoint().filter(failed::equals).isPresent()) {
            // The other regions go on; this one says what went wrong and what to do, where the eye is.
            connectionProblem.set(true);
            // The problem's own title ("API key not accepted", "Service unavailable"): "did not
            // answer" was wrong for a region that answered 400, or for IAM refusing the key.
            connection.set(messages.get("connection.regionProblem", failed.region(), problem.title(),
                    problem.statusLabel(), problem.hint()));
            connectionDetail.set(problem.details());
            if (problem.keyRefused()) {
                keyProblem.set(problem);
                keyChecked.set(messages.get("keyProblem.checked", time(Instant.now())));
            }
            keyRetrying.set(false);
        }
    }

    /**
     * Asks every region for its workspaces again with the account's key. A key IAM refused is
     * refused again at once (the refusal is remembered for a while, so a stuck key costs IAM
     * nothing); what fixes it is another key, which reopens the account.
     */
    public void retryWorkspaces() {
        keyRetrying.set(true);
        discoverAll();
        if (endpoint().filter(inventory::isRegionLoaded).isPresent() && keyProblem.get() == null) {
            keyRetrying.set(false);
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope scope, Problem problem) {
        if (scope.equals(workspace.get())) {
            connectionProblem.set(true);
            connection.set(messages.get("connection.problem", problem.title(), problem.statusLabel()));
            connectionDetail.set(problem.details());
        }
    }

    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        if (scope.equals(workspace.get())) {
            connectionProblem.set(false);
            statusChanged(inventory.status());
        }
    }

    @Override
    public void statusChanged(InventoryStatus status) {
        String next = switch (status.mode()) {
            case STARTING, LOADING -> messages.get("connection.loading", status.loading());
            case LIVE -> messages.get("connection.connected");
            case FOLLOWING -> messages.get("connection.following", status.transitions());
            case CACHED -> messages.get("connection.cached");
            case RATE_LIMITED -> status.nextAttempt() == null ? messages.get("connection.rateLimitedRetrying")
                    : messages.get("connection.rateLimited", time(status.nextAttempt()));
            case OFFLINE -> status.nextAttempt() == null ? messages.get("connection.offlineRetrying")
                    : messages.get("connection.offline", time(status.nextAttempt()));
            case BACKGROUND -> messages.get("connection.background");
        };
        boolean problem = status.mode() == InventoryStatus.Mode.RATE_LIMITED
                || status.mode() == InventoryStatus.Mode.OFFLINE;
        // A failed list of the shown workspace stays on screen until that workspace loads again.
        if (!connectionProblem.get() || problem) {
            connectionProblem.set(problem);
            connection.set(next);
            connectionDetail.set("");
        }
        if (status.mode() == InventoryStatus.Mode.CACHED) {
            status.asOfTime().ifPresent(at -> lastRefresh.set(messages.get("status.asOf",
                    SHORT_TIME.format(at.atZone(zone)))));
            return;
        }
        // The workspace on screen's own last answer when it has one: the store's latest answer from
        // any workspace kept advancing while this one's lists failed, or were not asked for.
        WorkspaceScope shown = workspace.get();
        Optional<Instant> at = shown == null ? Optional.empty() : inventory.asOf(shown);
        at.or(status::asOfTime).ifPresent(time -> lastRefresh.set(messages.get("status.lastRefresh",
                TIME.format(time.atZone(zone)))));
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
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

    public ObservableList<WorkspaceScope> workspaces() {
        return readOnlyWorkspaces;
    }

    /** The workspace every page shows and acts on; null while the region has none (or has not answered). */
    public ReadOnlyObjectProperty<WorkspaceScope> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** True when the region answered and has no workspace: New instance and the like are disabled. */
    public ReadOnlyBooleanProperty noWorkspaceProperty() {
        return noWorkspace.getReadOnlyProperty();
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

    /** The last problem in full (status, hint, server message) for the status bar's tooltip; empty when none. */
    public ReadOnlyStringProperty connectionDetailProperty() {
        return connectionDetail.getReadOnlyProperty();
    }

    /**
     * IBM Cloud refused the account's API key, so the shown region's workspaces could not be
     * listed: the pages show what to do instead of an empty list. Null when not.
     */
    public ReadOnlyObjectProperty<Problem> keyProblemProperty() {
        return keyProblem.getReadOnlyProperty();
    }

    /** When the refused key was last tried ("Checked at 10:02:11"), so a Retry shows it happened. */
    public ReadOnlyStringProperty keyCheckedProperty() {
        return keyChecked.getReadOnlyProperty();
    }

    /** True from a Retry until the regions answer. */
    public ReadOnlyBooleanProperty keyRetryingProperty() {
        return keyRetrying.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }
}
