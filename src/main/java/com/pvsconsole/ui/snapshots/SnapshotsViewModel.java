package com.pvsconsole.ui.snapshots;

import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.search.SearchModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Snapshots of one workspace from the inventory store (a lazy kind: asked for when shown), kept in
 * place as the store changes, optionally narrowed to one server (the details tab). Each row carries
 * its {@link WorkspaceScope}; restore and delete go through {@link SnapshotActions}. UI thread only.
 */
public final class SnapshotsViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final SnapshotActions actions;
    private final ObservableList<SnapshotRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.snapshotProperty()});
    private final ObservableList<SnapshotRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<SnapshotRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private final SearchModel<SnapshotRow> search;
    private final FilteredList<SnapshotRow> shownRows;
    private final BooleanBinding rowSelected;
    private final Map<String, String> instanceNames = new HashMap<>();
    private WorkspaceScope shown;
    private String shownInstance;
    private Predicate<Snapshot> belongs = snapshot -> true;

    public SnapshotsViewModel(InventoryService inventory, SnapshotActions actions) {
        this.inventory = inventory;
        this.actions = actions;
        this.search = new SearchModel<>(new SearchLanguage<>(searchScope(), RegionCatalog.loadDefault()));
        this.shownRows = search.filter(rows);
        this.rowSelected = Bindings.createBooleanBinding(() -> selected.get() != null && rows.contains(selected.get()),
                selected, rows);
        inventory.addListener(this);
    }

    /** The Snapshots page: every snapshot of the workspace the shell shows. */
    public static SnapshotsViewModel ofWorkspace(InventoryService inventory, SnapshotActions actions,
                                                 ObservableValue<WorkspaceScope> workspace) {
        SnapshotsViewModel model = new SnapshotsViewModel(inventory, actions);
        workspace.addListener((obs, old, now) -> model.show(now, null));
        model.show(workspace.getValue(), null);
        return model;
    }

    /** Shows the snapshots of {@code scope}, only those of {@code instanceId} unless it is null, and loads them. */
    public void show(WorkspaceScope scope, String instanceId) {
        boolean sameScope = scope != null && scope.equals(shown);
        boolean sameInstance = java.util.Objects.equals(instanceId, shownInstance);
        shown = scope;
        shownInstance = instanceId;
        belongs = instanceId == null ? snapshot -> true : snapshot -> instanceId.equals(snapshot.pvmInstanceID());
        rows.clear();
        selected.set(null);
        if (!sameScope || !sameInstance) {
            status.note("");
            status.dismissProblem();
        }
        if (scope != null) {
            renameInstances();
            merge();
            // The page lists the workspace again when it opens it; a server's tab filters what the store
            // holds, so moving between servers costs no call once the workspace's snapshots are loaded.
            if (!inventory.isLoaded(scope, ResourceKind.SNAPSHOTS) || (!sameScope && instanceId == null)) {
                refresh();
            }
        }
    }

    /** Lists the workspace's snapshots again. */
    public void refresh() {
        WorkspaceScope scope = shown;
        if (scope == null) {
            return;
        }
        loading.set(true);
        inventory.load(scope, ResourceKind.SNAPSHOTS)
                .onSuccess(ignored -> loading.set(false))
                .onFailure(problem -> {
                    loading.set(false);
                    if (scope.equals(shown)) {
                        status.failed(problem);
                    }
                });
    }

    private SearchScope<SnapshotRow> searchScope() {
        return SearchScope.<SnapshotRow>of("snapshots")
                .textInFreeText(SearchKey.NAME, SnapshotRow::name)
                .textInFreeText(SearchKey.ID, SnapshotRow::id)
                .freeTextOnly(row -> row.instanceNameProperty().get())
                .text(SearchKey.STATUS, SnapshotRow::status)
                .text(SearchKey.WORKSPACE, row -> row.scope().workspaceName())
                .text(SearchKey.REGION, row -> row.scope().region())
                .build();
    }

    @Override
    public void snapshotsChanged(WorkspaceScope scope, Delta<Snapshot> delta) {
        if (scope.equals(shown)) {
            merge();
        }
    }

    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        if (scope.equals(shown)) {
            renameInstances();
            rows.forEach(row -> row.apply(row.snapshot(), instanceNames.get(row.instanceId())));
        }
    }

    private void renameInstances() {
        instanceNames.clear();
        inventory.instances(shown).forEach(i -> instanceNames.put(i.pvmInstanceID(), i.serverName()));
    }

    /** Updates rows in place, adds new ones and drops those the store no longer holds. */
    private void merge() {
        Map<String, Snapshot> current = new HashMap<>();
        inventory.snapshots(shown).stream().filter(belongs).forEach(s -> current.put(s.snapshotID(), s));
        rows.removeIf(row -> !current.containsKey(row.id()));
        Map<String, SnapshotRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        List<SnapshotRow> added = new java.util.ArrayList<>();
        for (Snapshot snapshot : inventory.snapshots(shown)) {
            if (!current.containsKey(snapshot.snapshotID())) {
                continue;
            }
            SnapshotRow row = byId.get(snapshot.snapshotID());
            String server = instanceNames.get(snapshot.pvmInstanceID());
            if (row == null) {
                added.add(new SnapshotRow(shown, snapshot, server));
            } else if (!row.snapshot().equals(snapshot)) {
                row.apply(snapshot, server);
            }
        }
        rows.addAll(added);
    }

    public void select(SnapshotRow row) {
        selected.set(row);
    }

    /** The selected snapshot as it exists, as code (read it, import it into Terraform); empty: none selected. */
    public Optional<com.pvsconsole.service.code.GeneratedCode> selectedCode() {
        return Optional.ofNullable(selected.get()).filter(rows::contains).map(row -> com.pvsconsole.ui.code.CopyAsCode
                .generate(row.scope(), com.pvsconsole.service.code.ExistingObjects.snapshot(
                        new com.pvsconsole.service.code.CodeAction.Ref(row.instanceId(),
                                row.instanceNameProperty().get()), row.snapshot())));
    }

    public void restoreSelected() {
        Optional.ofNullable(selected.get()).filter(rows::contains).ifPresent(row -> actions.restore(row, status));
    }

    public void deleteSelected() {
        Optional.ofNullable(selected.get()).filter(rows::contains).ifPresent(row -> actions.delete(row, status));
    }

    /** The snapshot names of the shown workspace (a new one must differ from all). */
    public List<String> workspaceNames() {
        return shown == null ? List.of() : inventory.snapshots(shown).stream().map(Snapshot::name).toList();
    }

    public Optional<WorkspaceScope> shown() {
        return Optional.ofNullable(shown);
    }

    public ObservableList<SnapshotRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<SnapshotRow> shownRows() {
        return shownRows;
    }

    public SearchModel<SnapshotRow> search() {
        return search;
    }

    public ReadOnlyObjectProperty<SnapshotRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding rowSelectedProperty() {
        return rowSelected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public PageStatus status() {
        return status;
    }

    public SnapshotActions actions() {
        return actions;
    }
}
