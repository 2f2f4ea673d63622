package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.search.QueryEdits;
import com.pvsconsole.service.search.QueryRunner;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.ui.search.SearchModel;
import java.util.LinkedHashSet;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.PulseQueue;
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
public final class InstancesViewModel implements InventoryListener, InstanceRows {

    private static final RegionCatalog CATALOG = RegionCatalog.loadDefault();
    /** Rows made per pulse-queue job: well under the queue's budget even on a busy machine. */
    private static final int SLICE = 250;
    /** From this many rows a query is tested off the FX thread (a few milliseconds of work on it). */
    private static final int OFF_THREAD_FROM = 2_000;

    private final InventoryService inventory;
    private final ReadOnlyObjectProperty<WorkspaceScope> selected;
    private final ObservableList<InstanceRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.statusProperty(), row.nameProperty(), row.ipsProperty()});
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<InstanceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final SearchModel<InstanceRow> search;
    private final FilteredList<InstanceRow> visibleRows;
    private final Map<String, InstanceRow> byId = new HashMap<>();
    /** Ids of the table's visible columns in order; null means the table's default. */
    private final ObjectProperty<List<String>> visibleColumns = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> loadProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastRefresh = new ReadOnlyObjectWrapper<>();
    private final boolean fleet;
    /** Large arrivals become rows a slice per pulse; whatever follows them waits its turn. */
    private final PulseQueue arrivals = new PulseQueue();
    private WorkspaceScope shown;

    /** The Instances page: the rows of the workspace selected in the top bar. */
    public InstancesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> selected,
                              Messages messages) {
        this(inventory, selected, messages, false, null);
    }

    /** The Instances page with a large workspace's rows searched on {@code queries}' thread. */
    public InstancesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> selected,
                              QueryRunner queries, Messages messages) {
        this(inventory, selected, messages, false, queries);
    }


    /** All servers: the rows of every workspace of every region the store knows, each with its own scope. */
    public static InstancesViewModel fleet(InventoryService inventory, Messages messages) {
        return new InstancesViewModel(inventory, null, messages, true, null);
    }

    /** All servers with large tables searched on {@code queries}' thread, so typing stays fluid. */
    public static InstancesViewModel fleet(InventoryService inventory, QueryRunner queries, Messages messages) {
        return new InstancesViewModel(inventory, null, messages, true, queries);
    }

    private InstancesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> selected,
                               Messages messages, boolean fleet, QueryRunner queries) {
        this.inventory = inventory;
        this.selected = selected;
        this.fleet = fleet;
        this.search = queries == null ? new SearchModel<>(new SearchLanguage<>(searchScope(), CATALOG))
                : new SearchModel<>(new SearchLanguage<>(searchScope(), CATALOG), queries, InstanceRow::searchText,
                        OFF_THREAD_FROM);
        this.visibleRows = search.filter(rows);
        count.bind(Bindings.createStringBinding(
                () -> messages.get("instances.count", visibleRows.size(), rows.size()), visibleRows, rows));
        inventory.addListener(this);
        if (fleet) {
            showFleet();
        } else {
            selected.addListener((obs, old, now) -> show(now));
            show(selected.get());
        }
    }

    /** The Instances page's workspace (null while none is open); null for All servers. */
    public ReadOnlyObjectProperty<WorkspaceScope> workspaceProperty() {
        return selected;
    }

    /** True for All servers (rows of every workspace), false for one workspace's Instances page. */
    public boolean isFleet() {
        return fleet;
    }

    private void showFleet() {
        boolean any = false;
        for (WorkspaceScope scope : inventory.workspaces()) {
            List<PvmInstanceReference> held = List.copyOf(inventory.instances(scope));
            any |= !held.isEmpty();
            addInSlices(scope, held);
        }
        if (any) {
            arrivals.add(() -> ready.set(true));
        }
        loading.set(inventory.isLoading());
    }

    /**
     * Makes rows for {@code refs} a slice at a time through the pulse queue: a few hundred rows
     * per job, so 10,000 arriving at once never hold the FX thread for more than a few
     * milliseconds before a frame. A small arrival with nothing queued is done at once.
     */
    private void addInSlices(WorkspaceScope scope, List<PvmInstanceReference> refs) {
        for (int from = 0; from < refs.size(); from += SLICE) {
            List<PvmInstanceReference> slice = refs.subList(from, Math.min(refs.size(), from + SLICE));
            arrivals.add(() -> {
                if (shows(scope)) {
                    List<InstanceRow> added = new ArrayList<>(slice.size());
                    slice.forEach(ref -> upsert(scope, InstanceFields.of(ref)).ifPresent(added::add));
                    rows.addAll(added);
                }
            });
        }
    }

    /** A workspace gone from its region's list takes its rows with it (All servers only). */
    @Override
    public void workspacesChanged(RegionEndpoint endpoint, List<WorkspaceScope> workspaces) {
        if (!fleet) {
            return;
        }
        Set<WorkspaceScope> present = Set.copyOf(workspaces);
        arrivals.add(() -> { // after rows of those workspaces still arriving
            rows.removeIf(row -> row.scope().endpoint().equals(endpoint) && !present.contains(row.scope()));
            byId.values().removeIf(row -> row.scope().endpoint().equals(endpoint) && !present.contains(row.scope()));
        });
    }

    private boolean shows(WorkspaceScope scope) {
        return fleet || scope.equals(shown);
    }

    private boolean loadingNow(WorkspaceScope scope) {
        return fleet ? inventory.isLoading() : scope != null && inventory.isLoading(scope);
    }

    /** The workspace whose rows are shown; null when none is selected. */
    public WorkspaceScope shownScope() {
        return shown;
    }

    private void show(WorkspaceScope scope) {
        shown = scope;
        arrivals.clear();
        byId.clear();
        rows.clear();
        loadProblem.set(null);
        ready.set(false);
        boolean loaded = scope != null && inventory.isLoaded(scope, ResourceKind.INSTANCES);
        if (loaded) {
            addInSlices(scope, List.copyOf(inventory.instances(scope)));
            lastRefresh.set(inventory.asOf(scope).orElse(null));
            arrivals.add(() -> ready.set(true)); // actions wait for the last slice
        }
        loading.set(scope != null && inventory.isLoading(scope));
    }

    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        if (!shows(scope)) {
            return;
        }
        if (arrivals.isBusy() || delta.added().size() > SLICE) {
            addInSlices(scope, delta.added());
            Delta<PvmInstanceReference> rest = new Delta<>(List.of(), delta.changed(), delta.removed());
            arrivals.add(() -> {
                if (shows(scope)) {
                    apply(scope, rest);
                }
            });
            return;
        }
        apply(scope, delta);
    }

    private void apply(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        List<InstanceRow> added = new ArrayList<>();
        delta.added().forEach(ref -> upsert(scope, InstanceFields.of(ref)).ifPresent(added::add));
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

    /**
     * Updates the row of {@code fields} in place, or makes one: the new row comes back for the
     * caller to add to the table in one go (one list change for thousands of rows).
     */
    private Optional<InstanceRow> upsert(WorkspaceScope scope, InstanceFields fields) {
        InstanceRow row = byId.get(fields.id());
        if (row != null) {
            row.apply(fields);
            return Optional.empty();
        }
        InstanceRow made = new InstanceRow(scope, fields);
        byId.put(made.id(), made);
        return Optional.of(made);
    }

    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        if (shows(scope)) {
            arrivals.add(() -> { // once rows still arriving are in
                if (shows(scope)) {
                    ready.set(true);
                }
            });
            loadProblem.set(null);
            lastRefresh.set(at);
            loading.set(loadingNow(scope));
        }
    }

    @Override
    public void workspaceFailed(WorkspaceScope scope, Problem problem) {
        if (shows(scope)) {
            loadProblem.set(problem);
            loading.set(loadingNow(scope));
        }
    }

    @Override
    public void statusChanged(InventoryStatus status) {
        loading.set(loadingNow(shown));
    }

    @Override
    public void applyFull(PvmInstance instance) {
        row(instance.pvmInstanceID()).ifPresent(row -> row.apply(InstanceFields.of(instance)));
    }

    /** Instances the console just created: shown at once, before the next list load brings them. */
    void addCreated(WorkspaceScope scope, List<PvmInstance> created) {
        if (!scope.equals(shown)) {
            return;
        }
        for (PvmInstance instance : created) {
            upsert(scope, InstanceFields.of(instance)).ifPresent(rows::add);
        }
    }

    @Override
    public void remove(String instanceId) {
        InstanceRow row = byId.remove(instanceId);
        if (row != null) {
            rows.remove(row);
        }
    }

    @Override
    public Optional<InstanceRow> row(String instanceId) {
        return Optional.ofNullable(byId.get(instanceId));
    }

    /** Servers search on every key: free text over name, IP, id and OS, plus status, region, ws, type, proc, mem. */
    private static SearchScope<InstanceRow> searchScope() {
        // Read through the row's frozen search text only: All servers tests it on a search thread.
        return SearchScope.<InstanceRow>of("servers")
                .textInFreeText(SearchKey.NAME, row -> row.searchText().name())
                .texts(SearchKey.IP, row -> row.searchText().ips(), true)
                .textInFreeText(SearchKey.ID, row -> row.searchText().id())
                .textInFreeText(SearchKey.OS, row -> row.searchText().os())
                .text(SearchKey.STATUS, row -> row.searchText().status())
                .text(SearchKey.HEALTH, row -> row.searchText().health())
                .text(SearchKey.REGION, row -> row.searchText().region())
                .text(SearchKey.WORKSPACE, row -> row.searchText().workspace())
                .text(SearchKey.TYPE, row -> row.searchText().systemType())
                .number(SearchKey.PROC, row -> row.searchText().processors())
                .number(SearchKey.MEM, row -> row.searchText().memoryGb())
                .freeTextIndex(row -> row.searchText().freeText())
                .build();
    }

    public void refresh() {
        if (fleet) {
            inventory.refreshAll();
            loading.set(inventory.isLoading());
        } else if (shown != null) {
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

    /** The status chips write the same query as typing: {@code status:error,warning}. */
    public void toggleChip(StatusGroup group, boolean on) {
        Set<String> values = new LinkedHashSet<>(QueryEdits.values(search.textProperty().get(), SearchKey.STATUS));
        if (on) {
            values.addAll(group.statuses());
        } else {
            values.removeAll(group.statuses());
        }
        search.textProperty().set(QueryEdits.withValues(search.textProperty().get(), SearchKey.STATUS, values));
    }

    /** True when the query asks for every status of {@code group} (the chip shows as on). */
    public boolean chipOn(StatusGroup group) {
        return QueryEdits.values(search.textProperty().get(), SearchKey.STATUS).containsAll(group.statuses());
    }

    /** The filter box's search: text, parsed query with its errors, completions. */
    public SearchModel<InstanceRow> search() {
        return search;
    }

    public ObservableList<InstanceRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<InstanceRow> allRows() {
        return readOnlyRows;
    }

    public StringProperty filterTextProperty() {
        return search.textProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the selected workspace's rows are in the table: actions wait for it. */
    @Override
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
