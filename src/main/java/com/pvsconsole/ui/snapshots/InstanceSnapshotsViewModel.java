package com.pvsconsole.ui.snapshots;

import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.ui.instances.InstanceRow;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

/**
 * The details pane's Snapshots tab: the shown server's snapshots (from its own workspace), take one of
 * it (its volumes come from the loaded details), restore or delete the selected one. UI thread only.
 */
public final class InstanceSnapshotsViewModel {

    private final SnapshotsViewModel list;
    private final ObservableValue<InstanceRow> row;
    private final ObservableValue<InstanceDetails> details;
    private final BooleanBinding canCreate;

    public InstanceSnapshotsViewModel(SnapshotsViewModel list, ObservableValue<InstanceRow> row,
                                      ObservableValue<InstanceDetails> details) {
        this.list = list;
        this.row = row;
        this.details = details;
        this.canCreate = Bindings.createBooleanBinding(() -> details.getValue() != null && row.getValue() != null,
                details, row);
        row.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id()) || !old.scope().equals(now.scope())) {
                show(now);
            }
        });
        show(row.getValue());
    }

    private void show(InstanceRow shown) {
        list.show(shown == null ? null : shown.scope(), shown == null ? null : shown.id());
    }

    /** A take-snapshot form for the shown server (or the one refused last, as the user left it). */
    public CreateSnapshotForm newForm() {
        InstanceRow shown = row.getValue();
        InstanceDetails loaded = details.getValue();
        if (shown == null || loaded == null) {
            throw new IllegalStateException("no server is shown");
        }
        return list.actions().newForm(shown.scope(), shown.id(), shown.name(), loaded.volumes());
    }

    /** The form's snapshot as code (its Copy as code button), in the shown server's workspace. */
    public java.util.Optional<com.pvsconsole.service.code.GeneratedCode> createCode(CreateSnapshotForm form) {
        InstanceRow shown = row.getValue();
        return shown == null ? java.util.Optional.empty() : list.actions().createCode(shown.scope(), form);
    }

    /** Takes the snapshot of a valid form, in the shown server's workspace. */
    public void submit(CreateSnapshotForm form) {
        InstanceRow shown = row.getValue();
        if (shown != null && shown.id().equals(form.instanceId())) {
            list.actions().submit(shown.scope(), form, list.status());
        }
    }

    public SnapshotsViewModel list() {
        return list;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
