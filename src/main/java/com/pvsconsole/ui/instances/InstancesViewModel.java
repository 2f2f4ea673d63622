package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * The instance table's state: a projection of the inventory store onto the selected workspace.
 * Rows are long-lived and carry their workspace's scope; the store's deltas update only the rows
 * that changed (no rebuild, so selection and scroll survive). Switching workspace empties the
 * table at once and fills it from the store, so rows of another workspace are never shown under
 * the new name; {@link #readyProperty()} stays false until the selected workspace's rows are there.
 * Also: filter text and status chips, the "12 of 40" count, the loading state and the last problem.
 */
public final class InstancesViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final ReadOnlyObjectProperty<WorkspaceScope> selected;
    private final ObservableList<InstanceRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.nameProperty(), row.ipsProperty()});
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<InstanceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<InstanceRow> visibleRows = new FilteredList<>(rows);
    private final Map<String, InstanceRow> byId = new HashMap<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    /** Ids of the table's visible columns in order; null means the table's default. */
    private final ObjectProperty<List<String>> visibleColumns = new SimpleObjectProperty<>();
    private final ObservableSet<StatusGroup> statusChips = FXCollections.observableSet();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> loadProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastRefresh = new ReadOnlyObjectWrapper<>();
    private WorkspaceScope shown;

    public InstancesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> selected,
                              Messages messages) {
        this.inventory = inventory;
        this.selected = selected;
        filterText.addListener((obs, old, now) -> updateFilter());
        statusChips.addListener((SetChangeListener<StatusGroup>) change -> updateFilter());
        count.bind(Bindings.createStringBinding(
                () -> messages.get("instances.count", visibleRows.size(), rows.size()), visibleRows, rows));
        inventory.addListener(this);
        selected.addListener((obs, old, now) -> show(now));
        show(selected.get());
    }

    /** The workspace whose rows are shown; null when none is selected. */
    public WorkspaceScope shownScope() {
        return shown;
    }

    private void show(WorkspaceScope scope) {
        shown = scope;
        byId.clear();
        rows.clear();
        loadProblem.set(null);
        boolean loaded = scope != null && inventory.isLoaded(scope, ResourceKind.INSTANCES);
        if (loaded) {
            List<InstanceRow> fresh = new ArrayList<>();
            for (PvmInstanceReference ref : inventory.instances(scope)) {
                InstanceRow row = new InstanceRow(scope, InstanceFields.of(ref));
                byId.put(row.id(), row);
                fresh.add(row);
            }
            rows.setAll(fresh);
            lastRefresh.set(inventory.asOf(scope).orElse(null));
        }
        ready.set(loaded);
        loading.set(scope != null && inventory.isLoading(scope));
    }

    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        if (!scope.equals(shown)) {
            return;
        }
        List<InstanceRow> added = new ArrayList<>();
        for (PvmInstanceReference ref : delta.added()) {
            InstanceRow row = byId.get(ref.pvmInstanceID());
            if (row == null) {
                row = new InstanceRow(scope, InstanceFields.of(ref));
                byId.put(row.id(), row);
                added.add(row);
            } else {
                row.apply(InstanceFields.of(ref));
            }
        }
        for (PvmInstanceReference ref : delta.changed()) {
            InstanceRow row = byId.get(ref.pvmInstanceID());
            if (row != null) {
                row.apply(InstanceFields.of(ref));
            }
        }
        if (!delta.removed().isEmpty()) {
            rows.removeIf(row -> delta.removed().contains(row.id()) && !row.isBusy());
            byId.keySet().removeIf(id -> delta.removed().contains(id) && !byId.get(id).isBusy());
        }
        if (!added.isEmpty()) {
            rows.addAll(added);
        }
        ready.set(true);
    }

    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        if (scope.equals(shown)) {
            ready.set(true);
            loadProblem.set(null);
            lastRefresh.set(at);
            loading.set(inventory.isLoading(scope));
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope scope, Problem problem) {
        if (scope.equals(shown)) {
            loadProblem.set(problem);
            loading.set(inventory.isLoading(scope));
        }
    }

    @Override
    public void statusChanged(InventoryStatus status) {
        loading.set(shown != null && inventory.isLoading(shown));
    }

    /** A followed instance's fresh state (after an action). */
    void applyFull(PvmInstance instance) {
        row(instance.pvmInstanceID()).ifPresent(row -> row.apply(InstanceFields.of(instance)));
    }

    /** Instances the console just created: shown at once, before the next list load brings them. */
    void addCreated(WorkspaceScope scope, List<PvmInstance> created) {
        if (!scope.equals(shown)) {
            return;
        }
        for (PvmInstance instance : created) {
            InstanceRow row = byId.get(instance.pvmInstanceID());
            if (row == null) {
                row = new InstanceRow(scope, InstanceFields.of(instance));
                byId.put(row.id(), row);
                rows.add(row);
            } else {
                row.apply(InstanceFields.of(instance));
            }
        }
    }

    void remove(String instanceId) {
        InstanceRow row = byId.remove(instanceId);
        if (row != null) {
            rows.remove(row);
        }
    }

    Optional<InstanceRow> row(String instanceId) {
        return Optional.ofNullable(byId.get(instanceId));
    }

    private void updateFilter() {
        visibleRows.setPredicate(InstanceFilter.of(filterText.get(), Set.copyOf(statusChips)));
    }

    public void refresh() {
        if (shown != null) {
            inventory.refresh(shown);
            loading.set(inventory.isLoading(shown));
        }
    }

    public void cancelLoad() {
        inventory.cancelLoads();
        loading.set(false);
    }

    public void dismissProblem() {
        loadProblem.set(null);
    }

    public void toggleChip(StatusGroup group, boolean on) {
        if (on) {
            statusChips.add(group);
        } else {
            statusChips.remove(group);
        }
    }

    public ObservableList<InstanceRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<InstanceRow> allRows() {
        return readOnlyRows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the selected workspace's rows are in the table: actions wait for it. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    /** The instance table's visible column ids (restored from and saved to the settings). */
    public ObjectProperty<List<String>> visibleColumnsProperty() {
        return visibleColumns;
    }
}
