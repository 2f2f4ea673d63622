package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

/**
 * The instance table's state: long-lived rows merged by id on every load (no rebuild, so
 * selection and scroll survive), filter text and status chips, the "12 of 40" count, the
 * loading state and the last load problem.
 */
public final class InstancesViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final ObservableList<InstanceRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.nameProperty(), row.ipsProperty()});
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<InstanceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<InstanceRow> visibleRows = new FilteredList<>(rows);
    private final Map<String, InstanceRow> byId = new HashMap<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    /** Ids of the table's visible columns in order; null means the table's default. */
    private final javafx.beans.property.ObjectProperty<List<String>> visibleColumns =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ObservableSet<StatusGroup> statusChips = FXCollections.observableSet();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> loadProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastRefresh = new ReadOnlyObjectWrapper<>();
    private String workspaceId;

    public InstancesViewModel(InventoryService inventory, Messages messages) {
        this.inventory = inventory;
        filterText.addListener((obs, old, now) -> updateFilter());
        statusChips.addListener((SetChangeListener<StatusGroup>) change -> updateFilter());
        count.bind(Bindings.createStringBinding(
                () -> messages.get("instances.count", visibleRows.size(), rows.size()), visibleRows, rows));
        inventory.addListener(this);
    }

    @Override
    public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
        if (!Objects.equals(workspace.id(), workspaceId)) {
            workspaceId = workspace.id();
            byId.clear();
            rows.clear();
        }
        merge(instances.stream().map(InstanceFields::of).toList());
        lastRefresh.set(at);
    }

    @Override
    public void workspacesLoaded(com.pvsconsole.api.RegionEndpoint endpoint, List<Workspace> workspaces) {
        if (workspaces.isEmpty()) {
            workspaceId = null;
            byId.clear();
            rows.clear();
        }
    }

    @Override
    public void loadingChanged(boolean isLoading) {
        loading.set(isLoading);
    }

    @Override
    public void loadFailed(Problem problem) {
        loadProblem.set(problem);
    }

    @Override
    public void loadSucceeded(Instant at) {
        loadProblem.set(null);
    }

    private void merge(List<InstanceFields> fresh) {
        Set<String> seen = new HashSet<>();
        List<InstanceRow> added = new ArrayList<>();
        for (InstanceFields fields : fresh) {
            seen.add(fields.id());
            InstanceRow row = byId.get(fields.id());
            if (row == null) {
                row = new InstanceRow(fields);
                byId.put(fields.id(), row);
                added.add(row);
            } else {
                row.apply(fields);
            }
        }
        rows.removeIf(row -> !seen.contains(row.id()) && !row.isBusy());
        byId.keySet().retainAll(rows.stream().map(InstanceRow::id).toList());
        rows.addAll(added);
        added.forEach(row -> byId.put(row.id(), row));
    }

    /** A followed instance's fresh state (after an action). */
    void applyFull(PvmInstance instance) {
        row(instance.pvmInstanceID()).ifPresent(row -> row.apply(InstanceFields.of(instance)));
    }

    /** Instances the console just created: shown at once, before the next list load brings them. */
    void addCreated(List<PvmInstance> created) {
        for (PvmInstance instance : created) {
            InstanceRow row = byId.get(instance.pvmInstanceID());
            if (row == null) {
                row = new InstanceRow(InstanceFields.of(instance));
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
        inventory.refresh();
    }

    public void cancelLoad() {
        inventory.cancelLoads();
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

    public ReadOnlyObjectProperty<Problem> loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }
    /** The instance table's visible column ids (restored from and saved to the settings). */
    public javafx.beans.property.ObjectProperty<List<String>> visibleColumnsProperty() {
        return visibleColumns;
    }
}
