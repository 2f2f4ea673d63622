package com.pvsconsole.ui.resources;

import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One read-only list page (volumes, networks, images, SSH keys, events). Either fed by the
 * inventory's own workspace loads (volumes, networks) or loaded on demand, again whenever the
 * workspace changes.
 */
public final class ResourcePageViewModel<T> implements InventoryListener {

    /** Loads the list: success and failure callbacks in, a cancellable handle out. */
    public interface Loader<T> extends BiFunction<Consumer<List<T>>, Consumer<Problem>, TaskHandle> {
    }

    private final Loader<T> loader;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<T> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private TaskHandle current = TaskHandle.none();
    private String workspaceId;
    private final Kind kind;

    private enum Kind { VOLUMES, NETWORKS, ON_DEMAND }

    private ResourcePageViewModel(InventoryService inventory, Kind kind, Loader<T> loader) {
        this.kind = kind;
        this.loader = loader;
        inventory.addListener(this);
        inventory.currentWorkspace().ifPresent(ws -> workspaceId = ws.id());
    }

    public static ResourcePageViewModel<VolumeReference> volumes(InventoryService inventory) {
        return new ResourcePageViewModel<>(inventory, Kind.VOLUMES, null);
    }

    public static ResourcePageViewModel<NetworkReference> networks(InventoryService inventory) {
        return new ResourcePageViewModel<>(inventory, Kind.NETWORKS, null);
    }

    public static <T> ResourcePageViewModel<T> onDemand(InventoryService inventory, Loader<T> loader) {
        ResourcePageViewModel<T> model = new ResourcePageViewModel<>(inventory, Kind.ON_DEMAND, loader);
        model.reload();
        return model;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void volumesLoaded(Workspace workspace, List<VolumeReference> volumes) {
        if (kind == Kind.VOLUMES) {
            items.setAll((List<T>) volumes);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void networksLoaded(Workspace workspace, List<NetworkReference> networks) {
        if (kind == Kind.NETWORKS) {
            items.setAll((List<T>) networks);
        }
    }

    @Override
    public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
        if (kind == Kind.ON_DEMAND && !Objects.equals(workspace.id(), workspaceId)) {
            workspaceId = workspace.id();
            reload();
        }
    }

    @Override
    public void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> workspaces) {
        items.clear();
    }

    /** Loads the list again (on-demand pages only; the others follow the workspace's refresh). */
    public void reload() {
        if (kind != Kind.ON_DEMAND) {
            return;
        }
        current.cancel();
        loading.set(true);
        problem.set(null);
        current = loader.apply(list -> {
            loading.set(false);
            items.setAll(list);
        }, failure -> {
            loading.set(false);
            problem.set(failure);
        });
        if (current.isDone() && current == TaskHandle.none()) {
            loading.set(false);
        }
    }

    public boolean reloadable() {
        return kind == Kind.ON_DEMAND;
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public ObservableList<T> items() {
        return readOnlyItems;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
