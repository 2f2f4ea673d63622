package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.resources.VolumeTarget;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Volumes tab of the instance details: the instance's volumes, attach one of the
 * workspace's free volumes, detach the selected one. Reloads the details after each change
 * (through {@code reloadDetails}). UI thread only.
 */
public final class InstanceVolumesViewModel {

    private final VolumesViewModel volumes;
    private final VolumeChangesViewModel changes;
    private final Runnable reloadDetails;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<VolumeReference> attached = FXCollections.observableArrayList();
    private final ObservableList<VolumeReference> readOnlyAttached = FXCollections.unmodifiableObservableList(attached);
    private final ReadOnlyObjectWrapper<InstanceDetails> instance = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<VolumeReference> selected = new SimpleObjectProperty<>();
    private final PageStatus status = new PageStatus();
    private final BooleanBinding canAttach;
    private final BooleanBinding canDetach;
    private final BooleanBinding canGrow;

    /**
     * @param details       the details pane's loaded details (followed from here on)
     * @param reloadDetails loads the shown instance's details again
     */
    public InstanceVolumesViewModel(VolumesViewModel volumes, VolumeChangesViewModel changes,
                                    ObservableValue<InstanceDetails> details, Runnable reloadDetails,
                                    DialogService dialogs, Messages messages) {
        this.volumes = volumes;
        this.changes = changes;
        this.reloadDetails = reloadDetails;
        this.dialogs = dialogs;
        this.messages = messages;
        canAttach = Bindings.createBooleanBinding(() -> instance.get() != null && !status.busyProperty().get(),
                instance, status.busyProperty());
        canDetach = Bindings.createBooleanBinding(() -> canAttach.get() && selected.get() != null, canAttach, selected);
        canGrow = canDetach.and(changes.runningProperty().not());
        details.addListener((obs, old, now) -> show(now));
        show(details.getValue());
    }

    /** The details pane shows another instance (null: none) or fresh details of the same one. */
    void show(InstanceDetails details) {
        if (details == null || instance.get() == null
                || !instance.get().instance().pvmInstanceID().equals(details.instance().pvmInstanceID())) {
            status.note("");
            status.dismissProblem();
        }
        instance.set(details);
        selected.set(null);
        attached.setAll(details == null ? List.of() : details.volumes());
    }

    public void attach() {
        InstanceDetails details = instance.get();
        if (details == null) {
            return;
        }
        String id = details.instance().pvmInstanceID();
        String name = details.instance().serverName();
        List<VolumeRow> free = volumes.attachableTo(id);
        if (free.isEmpty()) {
            status.note(messages.get("volume.noneFree", name));
            return;
        }
        dialogs.choose(messages.get("volume.attachToTitle", name), messages.get("volume.attachToPrompt"), free,
                        row -> row.name() + "  (" + Math.round(row.sizeGbProperty().get()) + " GB, "
                                + row.tierProperty().get() + ", " + row.state() + ")", messages.get("volume.attachConfirm"),
                        row -> volumes.code(new com.pvsconsole.service.code.CodeAction.AttachVolume(
                                new com.pvsconsole.service.code.CodeAction.Ref(id, name),
                                new com.pvsconsole.service.code.CodeAction.Ref(row.id(), row.name()))))
                .ifPresent(row -> volumes.attach(new VolumeTarget(row.id(), row.name(), id, name), status, reloadDetails));
    }

    public void detach() {
        InstanceDetails details = instance.get();
        VolumeReference volume = selected.get();
        if (details == null || volume == null) {
            return;
        }
        String name = details.instance().serverName();
        if (volumes.confirmDetach(volume.name(), name, new com.pvsconsole.service.code.CodeAction.DetachVolume(
                new com.pvsconsole.service.code.CodeAction.Ref(details.instance().pvmInstanceID(), name),
                new com.pvsconsole.service.code.CodeAction.Ref(volume.volumeID(), volume.name())))) {
            volumes.detach(new VolumeTarget(volume.volumeID(), volume.name(), details.instance().pvmInstanceID(), name),
                    status, reloadDetails);
        }
    }

    /** The selected volume as it exists, as code (the row's context menu); empty while none is selected. */
    public Optional<com.pvsconsole.service.code.GeneratedCode> selectedCode() {
        return Optional.ofNullable(selected.get()).flatMap(volume -> volumes.row(volume.volumeID()))
                .flatMap(volumes::copyAsCode);
    }

    /** The grow the form would send, as code (Copy as code in the grow dialog). */
    public Optional<com.pvsconsole.service.code.GeneratedCode> growCode(GrowVolumeForm form) {
        return changes.growCode(form);
    }

    /** A grow form for the selected volume; the volume grows while attached to this instance. */
    public Optional<GrowVolumeForm> newGrowForm() {
        return Optional.ofNullable(selected.get()).flatMap(volume -> volumes.row(volume.volumeID()))
                .map(changes::growForm);
    }

    /** Grows the volume; this tab shows progress and refusals, and reloads the details when accepted. */
    public void grow(GrowVolumeForm form) {
        changes.grow(form, status, reloadDetails);
    }

    public BooleanBinding canGrowProperty() {
        return canGrow;
    }

    public ObservableList<VolumeReference> attached() {
        return readOnlyAttached;
    }

    public ObjectProperty<VolumeReference> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<InstanceDetails> instanceProperty() {
        return instance.getReadOnlyProperty();
    }

    public BooleanBinding canAttachProperty() {
        return canAttach;
    }

    public BooleanBinding canDetachProperty() {
        return canDetach;
    }

    public PageStatus status() {
        return status;
    }
}
