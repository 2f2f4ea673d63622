package com.pvsconsole.ui.snapshots;

import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.snapshots.SnapshotRules;
import com.pvsconsole.service.snapshots.SnapshotService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.common.Where;
import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.PageStatus;
import java.util.List;
import java.util.Optional;

/**
 * Take, restore and delete, shared by the Snapshots page and the server's Snapshots tab: each acts in
 * the workspace of the row (or server) it was opened for, asks as the action deserves, reports through
 * the caller's {@link PageStatus} until the snapshot settles, and keeps a refused form so nothing typed
 * is lost. UI thread only.
 */
public final class SnapshotActions {

    private final InventoryService inventory;
    private final SnapshotService service;
    private final DialogService dialogs;
    private final Messages messages;
    private CreateSnapshotForm unsent;

    public SnapshotActions(InventoryService inventory, SnapshotService service, DialogService dialogs,
                           Messages messages) {
        this.inventory = inventory;
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A fresh form for the server, or the one the service refused last for it, as the user left it. */
    public CreateSnapshotForm newForm(WorkspaceScope scope, String instanceId, String instanceName,
                                      List<VolumeReference> volumes) {
        if (unsent != null && unsent.instanceId().equals(instanceId)) {
            CreateSnapshotForm again = unsent;
            unsent = null;
            return again;
        }
        return new CreateSnapshotForm(instanceId, instanceName, volumes,
                () -> inventory.snapshots(scope).stream().map(Snapshot::name).toList(), messages);
    }

    /** Takes the snapshot of a valid form; on a refusal the form is kept for the next open. */
    /** The snapshot the form would take, as code in the server's workspace; empty while the form is invalid. */
    public Optional<GeneratedCode> createCode(WorkspaceScope scope, CreateSnapshotForm form) {
        return form.validProperty().get() && scope != null
                ? Optional.of(CopyAsCode.generate(scope, new CodeAction.CreateSnapshot(
                        new CodeAction.Ref(form.instanceId(), form.instanceName()), form.request())))
                : Optional.empty();
    }

    public void submit(WorkspaceScope scope, CreateSnapshotForm form, PageStatus where) {
        if (!form.validProperty().get()) {
            return;
        }
        String name = form.nameProperty().get().strip();
        where.started();
        service.create(scope, form.instanceId(), form.instanceName(), form.request())
                .onSuccess(done -> where.succeeded(messages.get("snapshot.taken", name)))
                .onFailure(problem -> {
                    unsent = form;
                    where.failed(problem);
                });
    }

    /**
     * Restores after a risky confirmation naming the consequence, workspace and region. A server that is
     * not shut off can only take a forced restore: the confirmation says so and offers that.
     */
    public void restore(SnapshotRow row, PageStatus where) {
        Optional<PvmInstanceReference> server = inventory.instances(row.scope()).stream()
                .filter(i -> row.instanceId().equals(i.pvmInstanceID())).findFirst();
        String serverName = server.map(PvmInstanceReference::serverName).orElse(row.instanceNameProperty().get());
        String serverStatus = server.map(PvmInstanceReference::status).orElse("");
        boolean force = SnapshotRules.restore(serverStatus, false).isPresent();
        String consequence = messages.get("snapshot.restoreConsequence", row.volumeCount(), serverName,
                Timestamps.dateTime(row.snapshot().creationDate()));
        if (force) {
            consequence += " " + messages.get("snapshot.restoreForced", serverStatus);
        }
        if (!dialogs.confirm(Confirmation.risky(messages.get("snapshot.restoreTitle", row.name(), serverName),
                consequence, messages.get(force ? "snapshot.restoreForce" : "snapshot.restore"),
                Where.of(row.scope())).withCode(() -> Optional.of(CopyAsCode.generate(row.scope(),
                        new CodeAction.RestoreSnapshot(new CodeAction.Ref(row.instanceId(), serverName),
                                new CodeAction.Ref(row.id(), row.name()), com.pvsconsole.api.model.SnapshotRestore
                                .builder().force(force ? Boolean.TRUE : null).build())))))) {
            return;
        }
        where.started();
        service.restore(row.scope(), row.snapshot(), force)
                .onSuccess(done -> where.succeeded(messages.get("snapshot.restored", row.name(), serverName)))
                .onFailure(where::failed);
    }

    /** Deletes once the user typed the snapshot's name. */
    public void delete(SnapshotRow row, PageStatus where) {
        if (dialogs.askDelete(messages.get("resource.snapshot"), row.name(), false, Where.of(row.scope()),
                () -> Optional.of(CopyAsCode.generate(row.scope(), new CodeAction.DeleteSnapshot(
                        new CodeAction.Ref(row.id(), row.name()))))).isEmpty()) {
            return;
        }
        where.started();
        service.delete(row.scope(), row.snapshot())
                .onSuccess(done -> where.succeeded(messages.get("snapshot.deleted", row.name())))
                .onFailure(where::failed);
    }
}
