package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.ClonedVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeDeleteResult;
import com.pvsconsole.service.resources.VolumeSubject;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Volumes page's changes to existing volumes: grow, rename, change tier, set bootable, clone and bulk
 * delete. Each runs one change at a time with progress and Cancel; a refusal (the service's, with status, hint
 * and message) goes to the page's problem banner and keeps the form, so opening the action again for the same
 * volume shows what the user typed. Changed rows are updated in place, then followed until they rest.
 * UI thread only.
 */
public final class VolumeChangesViewModel {

    private final VolumesViewModel volumes;
    private final VolumeChanges changes;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<VolumeDeleteResult> deleteResults = FXCollections.observableArrayList();
    private final ObservableList<VolumeDeleteResult> readOnlyDeleteResults =
            FXCollections.unmodifiableObservableList(deleteResults);
    private final BooleanBinding oneSelected;
    private final BooleanBinding someSelected;
    private TaskHandle current = TaskHandle.none();
    /** The form of the last refused change, offered again for the same volume(s). */
    private Object unsent;

    public VolumeChangesViewModel(VolumesViewModel volumes, VolumeChanges changes, DialogService dialogs,
                                  Messages messages) {
        this.volumes = volumes;
        this.changes = changes;
        this.dialogs = dialogs;
        this.messages = messages;
        oneSelected = volumes.rowSelectedProperty().and(Bindings.size(volumes.selectedRows()).lessThan(2))
                .and(running.not());
        someSelected = Bindings.isNotEmpty(volumes.selectedRows()).or(volumes.rowSelectedProperty())
                .and(running.not());
    }

    private Optional<VolumeRow> selected() {
        return Optional.ofNullable(volumes.selectedProperty().get()).filter(row -> volumes.rows().contains(row));
    }

    private List<VolumeRow> selection() {
        List<VolumeRow> chosen = volumes.selectedRows().stream().filter(row -> volumes.rows().contains(row)).toList();
        return chosen.isEmpty() ? selected().map(List::of).orElse(List.of()) : chosen;
    }

    @SuppressWarnings("unchecked")
    private <F> Optional<F> unsent(Class<F> type, java.util.function.Predicate<F> same) {
        if (type.isInstance(unsent) && same.test((F) unsent)) {
            F again = (F) unsent;
            unsent = null;
            return Optional.of(again);
        }
        return Optional.empty();
    }

    // --- grow -------------------------------------------------------------------------------------------

    /** A grow form for the selected volume (the refused one again, if any); empty when none is selected. */
    public Optional<GrowVolumeForm> newGrowForm() {
        return selected().map(this::growForm);
    }

    /** A grow form for {@code row}, e.g. from the instance details' Volumes tab. */
    public GrowVolumeForm growForm(VolumeRow row) {
        return unsent(GrowVolumeForm.class, form -> form.volume().id().equals(row.id()))
                .orElseGet(() -> new GrowVolumeForm(row.subject(), row.attachedToProperty().get(), messages));
    }

    public void grow(GrowVolumeForm form) {
        grow(form, volumes.status(), () -> { });
    }

    /** Grows and follows the volume; {@code where} shows progress and refusals, {@code after} runs on success. */
    public void grow(GrowVolumeForm form, PageStatus where, Runnable after) {
        if (!form.validProperty().get()) {
            return;
        }
        double size = form.newSize();
        withScope(scope -> updated(scope, changes.grow(scope, form.volume(), size), form, where,
                messages.get("volume.grown", form.volume().name(), Math.round(size)), after));
    }

    // --- rename -----------------------------------------------------------------------------------------

    public Optional<RenameVolumeForm> newRenameForm() {
        return selected().map(row -> unsent(RenameVolumeForm.class, form -> form.volume().id().equals(row.id()))
                .orElseGet(() -> new RenameVolumeForm(row.subject(), volumes.rows().stream()
                        .filter(other -> other != row).map(VolumeRow::name).toList(), messages)));
    }

    public void rename(RenameVolumeForm form) {
        if (!form.validProperty().get()) {
            return;
        }
        String name = form.newName();
        withScope(scope -> updated(scope, changes.rename(scope, form.volume(), name), form, volumes.status(),
                messages.get("volume.renamed", form.volume().name(), name), () -> { }));
    }

    // --- bootable ---------------------------------------------------------------------------------------

    /** Makes the selected volume bootable, or not bootable when it is; a shareable volume cannot boot. */
    public void toggleBootable() {
        Optional<VolumeRow> row = selected();
        if (row.isEmpty()) {
            return;
        }
        VolumeRow volume = row.get();
        boolean bootable = !volume.bootableProperty().get();
        if (bootable && volume.isShareable()) {
            volumes.status().note(messages.get("volume.bootableShareable", volume.name()));
            return;
        }
        withScope(scope -> updated(scope, changes.setBootable(scope, volume.subject(), bootable), null, volumes.status(),
                messages.get(bootable ? "volume.madeBootable" : "volume.madeNotBootable", volume.name()), () -> { }));
    }

    private void updated(WorkspaceScope scope, Pending<Volume> pending, Object form, PageStatus where, String done,
                         Runnable after) {
        begin(pending, where);
        pending.onSuccess(volume -> {
            if (stillShown(scope)) {
                volumes.show(volume);
                volumes.follow(scope, volume.volumeID(), volume.name());
            }
            finish();
            where.succeeded(done);
            after.run();
        }).onFailure(problem -> refused(problem, form, where));
    }

    // --- tier -------------------------------------------------------------------------------------------

    /** A tier form for the selected volume; its tiers arrive from the workspace's catalog. */
    public Optional<TierChangeForm> newTierForm() {
        return selected().map(row -> {
            TierChangeForm form = unsent(TierChangeForm.class, f -> f.volume().id().equals(row.id()))
                    .orElseGet(() -> new TierChangeForm(row.subject(), row.attachedToProperty().get(), messages));
            offerTiers(form.offered());
            return form;
        });
    }

    public void changeTier(TierChangeForm form) {
        if (!form.validProperty().get()) {
            return;
        }
        String tier = form.target();
        withScope(scope -> {
            Pending<Boolean> pending = changes.changeTier(scope, form.volume(), tier);
            begin(pending, volumes.status());
            pending.onDone(() -> {
                finish();
                volumes.status().succeeded(messages.get("volume.tierChanged", form.volume().name(), tier));
                if (stillShown(scope)) {
                    volumes.follow(scope, form.volume().id(), form.volume().name());
                    volumes.refreshShown();
                }
            }).onFailure(problem -> refused(problem, form, volumes.status()));
        });
    }

    private void offerTiers(OfferedTiers offered) {
        volumes.storage().ifPresent(load -> load.onSuccess(offered::offer).onFailure(offered::failed));
    }

    // --- clone ------------------------------------------------------------------------------------------

    /** A clone form for the selected volume(s); empty when none is selected. */
    public Optional<CloneVolumesForm> newCloneForm() {
        List<VolumeRow> rows = selection();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = rows.stream().map(VolumeRow::id).toList();
        CloneVolumesForm form = unsent(CloneVolumesForm.class,
                f -> f.volumes().stream().map(VolumeSubject::id).toList().equals(ids))
                .orElseGet(() -> new CloneVolumesForm(rows.stream().map(VolumeRow::subject).toList(),
                        rows.stream().map(VolumeRow::pool).toList(), messages));
        offerTiers(form.offered());
        return Optional.of(form);
    }

    /**
     * Starts the clone and follows its task to the end: progress shows its percentage, the clones appear in the
     * table as the service lists them (each followed until available).
     */
    public void clone(CloneVolumesForm form) {
        if (!form.validProperty().get()) {
            return;
        }
        String name = form.nameProperty().get().strip();
        withScope(scope -> {
            Pending<CloneTaskStatus> pending = changes.clone(scope, form.request(), status -> {
                long percent = status.percentComplete() == null ? 0 : status.percentComplete();
                progress.set(percent / 100.0);
                progressText.set(messages.get("volume.cloneProgress", name, percent));
            });
            begin(pending, volumes.status());
            progressText.set(messages.get("volume.cloneStarted", name));
            pending.onSuccess(status -> {
                finish();
                List<ClonedVolume> clones = status.clonedVolumes() == null ? List.of() : status.clonedVolumes();
                if (stillShown(scope)) {
                    clones.forEach(clone -> volumes.follow(scope, clone.clonedVolumeID(), "clone of " + name));
                    volumes.refreshShown();
                }
                if ("completed".equals(status.status())) {
                    volumes.status().succeeded(messages.get("volume.cloned", name, clones.size()));
                } else {
                    unsent = form;
                    volumes.status().failed(new Problem("Clone volumes", 0,
                            messages.get("volume.cloneEnded", name, status.status()),
                            messages.get("volume.cloneHint"), status.failedReason(), "", false));
                }
            }).onFailure(problem -> refused(problem, form, volumes.status()));
        });
    }

    // --- bulk delete ------------------------------------------------------------------------------------

    /**
     * Deletes the selected volumes after the user typed their number in a risky confirmation; then reports one
     * result per volume and follows the deleted ones until they are gone.
     */
    public void deleteSelected() {
        List<VolumeRow> rows = selection();
        if (rows.isEmpty() || volumes.workspace().isEmpty()) {
            return;
        }
        String count = Integer.toString(rows.size());
        String names = rows.stream().map(VolumeRow::name).collect(Collectors.joining(", "));
        String attached = rows.stream().filter(VolumeRow::isAttached).map(VolumeRow::name)
                .collect(Collectors.joining(", "));
        String consequence = messages.get("volume.bulkDeleteConsequence", rows.size(), names)
                + (attached.isEmpty() ? "" : " " + messages.get("volume.bulkDeleteAttached", attached));
        Optional<String> typed = dialogs.askTyped(Confirmation.risky(
                messages.get("volume.bulkDeleteTitle", rows.size()), consequence, messages.get("delete.confirm"),
                Where.of(volumes.shownScope())).withCode(() -> deleteCode(rows)), count);
        if (typed.isEmpty()) {
            return;
        }
        List<VolumeSubject> subjects = rows.stream().map(VolumeRow::subject).toList();
        withScope(scope -> {
            Pending<List<VolumeDeleteResult>> pending = changes.deleteAll(scope, subjects, typed.get());
            begin(pending, volumes.status());
            pending.onSuccess(results -> {
                finish();
                deleteResults.setAll(results);
                for (VolumeDeleteResult result : results) {
                    if (result.deleted() && stillShown(scope)) {
                        volumes.row(result.volumeId()).ifPresent(row -> row.markState("deleting"));
                        volumes.follow(scope, result.volumeId(), result.volumeName());
                    }
                }
                volumes.status().succeeded(summary(results));
            }).onFailure(problem -> refused(problem, null, volumes.status()));
        });
    }

    private String summary(List<VolumeDeleteResult> results) {
        long deleted = results.stream().filter(VolumeDeleteResult::deleted).count();
        String each = results.stream().map(r -> messages.get(switch (r.outcome()) {
            case DELETING -> "volume.deleteResult.deleting";
            case GONE -> "volume.deleteResult.gone";
            case KEPT -> "volume.deleteResult.kept";
        }, r.volumeName(), r.state())).collect(Collectors.joining("; "));
        return messages.get("volume.bulkDeleted", deleted, results.size(), each);
    }

    // --- running change ---------------------------------------------------------------------------------

    private void withScope(java.util.function.Consumer<WorkspaceScope> action) {
        volumes.workspace().ifPresent(action);
    }

    /** The grow the form would send now, as code in the shown workspace; empty while the form is invalid. */
    public Optional<GeneratedCode> growCode(GrowVolumeForm form) {
        return form.validProperty().get() ? volumes.code(new CodeAction.UpdateVolume(ref(form.volume()),
                com.pvsconsole.api.model.UpdateVolume.builder().size(form.newSize()).build())) : Optional.empty();
    }

    public Optional<GeneratedCode> renameCode(RenameVolumeForm form) {
        return form.validProperty().get() ? volumes.code(new CodeAction.UpdateVolume(ref(form.volume()),
                com.pvsconsole.api.model.UpdateVolume.builder().name(form.newName().strip()).build()))
                : Optional.empty();
    }

    public Optional<GeneratedCode> tierCode(TierChangeForm form) {
        return form.validProperty().get() ? volumes.code(new CodeAction.ChangeVolumeTier(ref(form.volume()),
                com.pvsconsole.api.model.VolumeAction.builder().targetStorageTier(form.target()).build()))
                : Optional.empty();
    }

    public Optional<GeneratedCode> cloneCode(CloneVolumesForm form) {
        return form.validProperty().get() ? volumes.code(new CodeAction.CloneVolumes(form.request()))
                : Optional.empty();
    }

    private static CodeAction.Ref ref(VolumeSubject volume) {
        return new CodeAction.Ref(volume.id(), volume.name());
    }

    /** The deletes the typed confirmation is about to send, as code (one per volume). */
    private Optional<GeneratedCode> deleteCode(List<VolumeRow> rows) {
        List<GeneratedCode> each = rows.stream().map(r -> volumes.code(new CodeAction.DeleteVolume(
                new CodeAction.Ref(r.id(), r.name())))).flatMap(Optional::stream).toList();
        return each.isEmpty() ? Optional.empty() : Optional.of(CopyAsCode.joined(each));
    }

    /** A change's rows are touched only while its workspace is still the one shown (the user may switch). */
    private boolean stillShown(WorkspaceScope scope) {
        return volumes.workspace().map(shown -> shown.endpoint().equals(scope.endpoint())
                && shown.crn().equals(scope.crn())).orElse(false);
    }

    private void begin(Pending<?> pending, PageStatus where) {
        current = pending;
        where.started();
        running.set(true);
        progress.set(-1);
        progressText.set("");
        pending.onCancelled(() -> {
            finish();
            where.succeeded(messages.get("volume.changeCancelled"));
        });
    }

    private void finish() {
        current = TaskHandle.none();
        running.set(false);
        progress.set(-1);
        progressText.set("");
    }

    private void refused(Problem problem, Object form, PageStatus where) {
        finish();
        unsent = form;
        where.failed(problem);
    }

    /** Cancels the running change: the request if it is still out, else the follow of a clone task. */
    public void cancel() {
        current.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running change's progress in [0, 1], or negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** One result per volume of the last bulk delete. */
    public ObservableList<VolumeDeleteResult> deleteResults() {
        return readOnlyDeleteResults;
    }

    /** One volume selected and nothing running: grow, rename, tier and bootable are possible. */
    public BooleanBinding oneSelectedProperty() {
        return oneSelected;
    }

    /** At least one volume selected and nothing running: clone and bulk delete are possible. */
    public BooleanBinding someSelectedProperty() {
        return someSelected;
    }
}
