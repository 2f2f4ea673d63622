package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryStatus;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.catalog.StorageOffer;
import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.resources.VolumeTarget;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.search.SearchModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Volumes page: the workspace's volumes (from the inventory's loads, merged in place), the
 * selection, create / attach / detach / delete with their confirmations, and the follow that
 * shows each change settle. Also attaches and detaches for the instance details pane.
 * UI thread only.
 */
public final class VolumesViewModel implements InventoryListener {

    private final InventoryService inventory;
    private final VolumeService service;
    private final WorkspaceCatalog catalog;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<VolumeRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.stateProperty(), row.attachedToProperty()});
    /** One wrapper kept for good: a fresh one per call would drop its listeners when collected. */
    private final ObservableList<VolumeRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    /** The table's selection, for actions on several volumes (clone, bulk delete). */
    private final ObservableList<VolumeRow> selectedRows = FXCollections.observableArrayList();
    private final ObservableList<VolumeRow> readOnlySelectedRows = FXCollections.unmodifiableObservableList(selectedRows);
    private final Map<String, String> instanceNames = new HashMap<>();
    private final List<InstanceChoice> instances = new ArrayList<>();
    private final ReadOnlyObjectWrapper<VolumeRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private final BooleanBinding rowSelected;
    private final SearchModel<VolumeRow> search;
    private final FilteredList<VolumeRow> shownRows;
    private final BooleanBinding detachAllowed;
    private CreateVolumeForm unsent;
    private WorkspaceScope shown;
    /** The shown workspace's storage catalog, loaded once per workspace (again after a failure). */
    private Pending<StorageOffer> storage;
    private boolean storageFailed;

    public VolumesViewModel(InventoryService inventory, ReadOnlyObjectProperty<WorkspaceScope> scope,
                            VolumeService service, WorkspaceCatalog catalog, DialogService dialogs, Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.catalog = catalog;
        this.dialogs = dialogs;
        this.messages = messages;
        this.detachAllowed = Bindings.createBooleanBinding(() -> selected.get() != null
                && rows.contains(selected.get()) && selected.get().isAttached(), selected, rows);
        this.rowSelected = Bindings.createBooleanBinding(() -> selected.get() != null && rows.contains(selected.get()),
                selected, rows);
        this.search = new SearchModel<>(new SearchLanguage<>(searchScope(), RegionCatalog.loadDefault()));
        this.shownRows = search.filter(rows);
        inventory.addListener(this);
        scope.addListener((obs, old, now) -> show(now));
        show(scope.get());
    }

    /** The selected volume as code (the create that makes it again, with a Terraform import block). */
    public Optional<com.pvsconsole.service.code.GeneratedCode> copyAsCode() {
        return copyAsCode(selected.get());
    }

    /** {@code row} as code (the create that makes it again, with a Terraform import block); empty: none. */
    public Optional<com.pvsconsole.service.code.GeneratedCode> copyAsCode(VolumeRow row) {
        if (row == null || shown == null) {
            return Optional.empty();
        }
        VolumeRow.Facts f = row.facts();
        return Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(shown, new com.pvsconsole.service.code.CodeAction
                .Existing(new com.pvsconsole.service.code.CodeAction.CreateVolume(com.pvsconsole.api.model
                .CreateDataVolume.builder().name(f.name()).size(f.size()).diskType(f.diskType())
                .shareable(f.shareable()).build()), new com.pvsconsole.service.code.CodeAction.Ref(f.id(), f.name()))));
    }

    /** Shows the store's volumes of {@code scope}; rows of the previous workspace go at once. */
    private void show(WorkspaceScope scope) {
        if (shown != null && !shown.equals(scope)) {
            service.stopAll();
        }
        if (storage != null && !java.util.Objects.equals(shown, scope)) {
            storage.cancel();
            storage = null;
        }
        shown = scope;
        rows.clear();
        selected.set(null);
        selectedRows.clear();
        if (scope != null) {
            renameInstances();
            mergeVolumes(inventory.volumes(scope));
        }
        loading.set(scope != null && inventory.isLoading(scope));
    }

    /** What the filter box searches: all rows are in the open workspace, so ws: and region: are its. */
    private SearchScope<VolumeRow> searchScope() {
        return SearchScope.<VolumeRow>of("volumes")
                .textInFreeText(SearchKey.NAME, VolumeRow::name)
                .textInFreeText(SearchKey.ID, VolumeRow::id)
                .freeTextOnly(row -> row.attachedToProperty().get())
                .text(SearchKey.STATUS, VolumeRow::state)
                .text(SearchKey.TIER, row -> row.tierProperty().get())
                .number(SearchKey.SIZE, row -> row.sizeGbProperty().get())
                .text(SearchKey.WORKSPACE, row -> shown == null ? null : shown.workspaceName())
                .text(SearchKey.REGION, row -> shown == null ? null : shown.region())
                .build();
    }

    @Override
    public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
        if (scope.equals(shown)) {
            renameInstances();
        }
    }

    private void renameInstances() {
        instanceNames.clear();
        instances.clear();
        for (PvmInstanceReference instance : inventory.instances(shown)) {
            instanceNames.put(instance.pvmInstanceID(), instance.serverName());
            instances.add(new InstanceChoice(instance.pvmInstanceID(), instance.serverName(), instance.status()));
        }
        rows.forEach(row -> row.renameInstances(instanceNames));
    }

    @Override
    public void volumesChanged(WorkspaceScope scope, Delta<VolumeReference> delta) {
        if (scope.equals(shown)) {
            mergeVolumes(inventory.volumes(scope));
        }
    }

    private void mergeVolumes(Collection<VolumeReference> volumes) {
        Map<String, VolumeRow> byId = rows.stream().collect(Collectors.toMap(VolumeRow::id, row -> row));
        Set<String> present = volumes.stream().map(VolumeReference::volumeID).collect(Collectors.toSet());
        rows.removeIf(row -> !present.contains(row.id()));
        List<VolumeRow> added = new ArrayList<>();
        for (VolumeReference volume : volumes) {
            VolumeRow existing = byId.get(volume.volumeID());
            if (existing == null) {
                added.add(new VolumeRow(VolumeRow.Facts.of(volume), instanceNames));
            } else {
                existing.apply(VolumeRow.Facts.of(volume), instanceNames);
            }
        }
        rows.addAll(added);
    }

    @Override
    public void statusChanged(InventoryStatus status) {
        loading.set(shown != null && inventory.isLoading(shown));
    }

    /** The workspace of the rows shown: every action here goes there. */
    Optional<WorkspaceScope> workspace() {
        return Optional.ofNullable(shown);
    }

    void refreshShown() {
        if (shown != null) {
            inventory.refresh(shown);
        }
    }

    public void select(VolumeRow row) {
        selected.set(row);
    }

    /** The rows selected in the table (several for clone and bulk delete). */
    public void selectRows(List<VolumeRow> chosen) {
        selectedRows.setAll(chosen.stream().filter(java.util.Objects::nonNull).toList());
    }

    public ObservableList<VolumeRow> selectedRows() {
        return readOnlySelectedRows;
    }

    /** The workspace whose rows are shown (for the confirmations' workspace and region). */
    WorkspaceScope shownScope() {
        return shown;
    }

    /**
     * The shown workspace's storage tiers and pools, loaded on first use; a failed load is tried again at the
     * next use, so one bad moment does not stick. Empty when no workspace is shown.
     */
    Optional<Pending<StorageOffer>> storage() {
        if (shown == null) {
            return Optional.empty();
        }
        if (storage == null || storageFailed) {
            storageFailed = false;
            storage = catalog.storage(shown);
            Pending<StorageOffer> loading = storage;
            loading.onFailure(problem -> storageFailed = loading == storage);
        }
        return Optional.of(storage);
    }

    /** The tiers the workspace's volumes use: what create offers when the catalog could not be read. */
    List<String> tiersInUse() {
        return rows.stream().map(r -> r.tierProperty().get()).filter(t -> t != null && !t.isBlank()).distinct()
                .sorted().toList();
    }

    public void refresh() {
        refreshShown();
    }

    /** A fresh form, or the one whose create failed last, so nothing typed is lost. */
    public CreateVolumeForm newCreateForm() {
        if (unsent != null) {
            CreateVolumeForm again = unsent;
            unsent = null;
            return again;
        }
        CreateVolumeForm form = new CreateVolumeForm(messages);
        storage().ifPresentOrElse(load -> load.onSuccess(form::offer)
                        .onFailure(problem -> form.catalogFailed(problem, tiersInUse())),
                () -> form.catalogFailed(null, tiersInUse()));
        return form;
    }

    /** Creates {@code form}'s volume(s) and follows each until it is available. */
    public void create(CreateVolumeForm form) {
        Optional<WorkspaceScope> scope = workspace();
        if (scope.isEmpty() || !form.validProperty().get()) {
            return;
        }
        int count = form.countProperty().get();
        List<String> created = new ArrayList<>();
        status.started();
        for (int i = 1; i <= count; i++) {
            service.create(scope.get(), form.request(i)).onSuccess(volume -> {
                created.add(volume.name());
                show(volume);
                follow(scope.get(), volume.volumeID(), volume.name());
                if (created.size() == count) {
                    status.succeeded(messages.get("volume.created", String.join(", ", created)));
                    refreshShown();
                }
            }).onFailure(problem -> {
                unsent = form;
                status.failed(problem);
                refreshShown();
            });
        }
    }

    /** {@code action} as code in the shown workspace (what a dialog offers before it sends anything). */
    Optional<GeneratedCode> code(CodeAction action) {
        WorkspaceScope where = shown;
        return where == null ? Optional.empty() : Optional.of(CopyAsCode.generate(where, action));
    }

    /** The create form's volumes as code, one create per volume it would make; empty while it is invalid. */
    public Optional<GeneratedCode> createCode(CreateVolumeForm form) {
        if (!form.validProperty().get() || shown == null) {
            return Optional.empty();
        }
        List<GeneratedCode> each = new ArrayList<>();
        for (int i = 1; i <= form.countProperty().get(); i++) {
            each.add(CopyAsCode.generate(shown, new CodeAction.CreateVolume(form.request(i))));
        }
        return Optional.of(CopyAsCode.joined(each));
    }

    /** Attaches the selected volume to an instance the user picks. */
    public void attachSelected() {
        VolumeRow row = selected.get();
        if (row == null || workspace().isEmpty()) {
            return;
        }
        if (row.isAttached() && !row.isShareable()) {
            status.note(messages.get("volume.attachInUse", row.name(), row.attachedToProperty().get()));
            return;
        }
        List<InstanceChoice> choices = instances.stream().filter(i -> !row.instanceIds().contains(i.id())).toList();
        dialogs.choose(messages.get("volume.attachTitle", row.name()), messages.get("volume.attachPrompt"), choices,
                        InstanceChoice::label, messages.get("volume.attachConfirm"), instance -> code(
                                new CodeAction.AttachVolume(new CodeAction.Ref(instance.id(), instance.name()),
                                        new CodeAction.Ref(row.id(), row.name()))))
                .ifPresent(instance -> attach(new VolumeTarget(row.id(), row.name(), instance.id(), instance.name()),
                        status, () -> { }));
    }

    /** Detaches the selected volume from one of its instances, after asking. */
    public void detachSelected() {
        VolumeRow row = selected.get();
        if (row == null || workspace().isEmpty()) {
            return;
        }
        if (!row.isAttached()) {
            status.note(messages.get("volume.notAttached", row.name()));
            return;
        }
        List<InstanceChoice> attached = row.instanceIds().stream()
                .map(id -> new InstanceChoice(id, instanceNames.getOrDefault(id, id), "")).toList();
        Optional<InstanceChoice> from = attached.size() == 1 ? Optional.of(attached.get(0))
                : dialogs.choose(messages.get("volume.detachTitle", row.name()), messages.get("volume.detachPrompt"),
                        attached, InstanceChoice::label, messages.get("volume.detach"));
        from.filter(instance -> confirmDetach(row, instance))
                .ifPresent(instance -> detach(new VolumeTarget(row.id(), row.name(), instance.id(), instance.name()),
                        status, () -> { }));
    }

    /** The detach confirmation, offering the detach as code (in the volume's workspace). */
    private boolean confirmDetach(VolumeRow row, InstanceChoice instance) {
        WorkspaceScope where = shown;
        return dialogs.confirm(Confirmation.risky(messages.get("volume.detachTitle", row.name()),
                messages.get("volume.detachConfirm", row.name(), instance.name()), messages.get("volume.detach"),
                Where.of(shown)).withCode(() -> where == null ? Optional.empty()
                        : Optional.of(com.pvsconsole.ui.code.CopyAsCode.generate(where,
                                new com.pvsconsole.service.code.CodeAction.DetachVolume(
                                        new com.pvsconsole.service.code.CodeAction.Ref(instance.id(), instance.name()),
                                        new com.pvsconsole.service.code.CodeAction.Ref(row.id(), row.name()))))));
    }

    boolean confirmDetach(String volumeName, String instanceName, CodeAction.DetachVolume detach) {
        String label = messages.get("volume.detach");
        return dialogs.confirm(Confirmation.risky(messages.get("volume.detachTitle", volumeName),
                messages.get("volume.detachConfirm", volumeName, instanceName), label,
                Where.of(shown)).withCode(() -> code(detach)));
    }

    /** Attaches and follows; {@code where} shows progress and problems, {@code after} runs on success. */
    public void attach(VolumeTarget target, PageStatus where, Runnable after) {
        change(target, where, after, true);
    }

    public void detach(VolumeTarget target, PageStatus where, Runnable after) {
        change(target, where, after, false);
    }

    private void change(VolumeTarget target, PageStatus where, Runnable after, boolean attach) {
        Optional<WorkspaceScope> scope = workspace();
        if (scope.isEmpty()) {
            return;
        }
        where.started();
        Runnable done = () -> {
            where.succeeded(messages.get(attach ? "volume.attached" : "volume.detached",
                    target.volumeName(), target.instanceName()));
            follow(scope.get(), target.volumeId(), target.volumeName());
            refreshShown();
            after.run();
        };
        if (attach) {
            service.attach(scope.get(), target).onDone(done).onFailure(where::failed);
        } else {
            service.detach(scope.get(), target).onDone(done).onFailure(where::failed);
        }
    }

    /** Deletes the selected volume once the user typed its name; refused while it is attached. */
    public void deleteSelected() {
        VolumeRow row = selected.get();
        Optional<WorkspaceScope> scope = workspace();
        if (row == null || scope.isEmpty()) {
            return;
        }
        if (row.isAttached() || "in-use".equalsIgnoreCase(row.state())) {
            status.note(messages.get("volume.deleteInUse", row.name(), row.attachedToProperty().get()));
            return;
        }
        if (dialogs.askDelete(messages.get("resource.volume"), row.name(), false,
                Where.of(shown), () -> code(new CodeAction.DeleteVolume(new CodeAction.Ref(row.id(), row.name()))))
                .isEmpty()) {
            return;
        }
        status.started();
        service.delete(scope.get(), row.id(), row.name()).onDone(() -> {
            row.markState("deleting");
            status.succeeded(messages.get("volume.deleting", row.name()));
            follow(scope.get(), row.id(), row.name());
        }).onFailure(status::failed);
    }

    void follow(WorkspaceScope scope, String volumeId, String volumeName) {
        service.follow(scope, volumeId, volumeName, this::show, () -> {
            rows.removeIf(row -> row.id().equals(volumeId));
            refreshShown();
        });
    }

    /** The volume as the service answered: its row is updated in place, or added when new (a clone). */
    void show(Volume volume) {
        Optional<VolumeRow> row = row(volume.volumeID());
        if (row.isPresent()) {
            row.get().apply(VolumeRow.Facts.of(volume), instanceNames);
        } else {
            rows.add(new VolumeRow(VolumeRow.Facts.of(volume), instanceNames));
        }
    }

    public Optional<VolumeRow> row(String volumeId) {
        return rows.stream().filter(row -> row.id().equals(volumeId)).findFirst();
    }

    /** Volumes {@code instanceId} could take now: available ones, and shareable ones in use elsewhere. */
    public List<VolumeRow> attachableTo(String instanceId) {
        return rows.stream().filter(row -> !row.instanceIds().contains(instanceId))
                .filter(row -> "available".equalsIgnoreCase(row.state())
                        || (row.isShareable() && "in-use".equalsIgnoreCase(row.state())))
                .toList();
    }

    public String instanceName(String instanceId) {
        return instanceNames.getOrDefault(instanceId, instanceId);
    }

    public ObservableList<VolumeRow> rows() {
        return readOnlyRows;
    }

    /** The rows the filter box lets through, for the table. */
    public ObservableList<VolumeRow> shownRows() {
        return shownRows;
    }

    public SearchModel<VolumeRow> search() {
        return search;
    }

    public ReadOnlyObjectProperty<VolumeRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Detach needs a selected volume that is attached somewhere. */
    public BooleanBinding detachAllowedProperty() {
        return detachAllowed;
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
}
