package com.pvsconsole.ui.snapshots;

import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One snapshot as the tables show it, with the workspace it lives in (every action on the row goes
 * there) and its server's name. The record is replaced as the store learns more (status, progress),
 * so the row keeps its place and selection. UI thread only.
 */
public final class SnapshotRow {

    private final WorkspaceScope scope;
    private final String id;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot;
    private final ReadOnlyStringWrapper instanceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SnapshotRow(WorkspaceScope scope, Snapshot snapshot, String instanceName) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.id = Objects.requireNonNull(snapshot.snapshotID(), "snapshotID");
        this.snapshot = new ReadOnlyObjectWrapper<>(snapshot);
        apply(snapshot, instanceName);
    }

    void apply(Snapshot fresh, String serverName) {
        snapshot.set(fresh);
        instanceName.set(Objects.requireNonNullElse(serverName, ""));
        status.set(Objects.requireNonNullElse(fresh.status(), ""));
    }

    public WorkspaceScope scope() {
        return scope;
    }

    public String id() {
        return id;
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }

    public String name() {
        return Objects.requireNonNullElse(snapshot.get().name(), "");
    }

    public String instanceId() {
        return Objects.requireNonNullElse(snapshot.get().pvmInstanceID(), "");
    }

    public String status() {
        return status.get();
    }

    /** The volumes the snapshot holds. */
    public int volumeCount() {
        return snapshot.get().volumeSnapshots() == null ? 0 : snapshot.get().volumeSnapshots().size();
    }

    /** "42 %" while it moves, empty when it rests or the service does not say. */
    public String progress() {
        Long percent = snapshot.get().percentComplete();
        return percent == null || com.pvsconsole.service.snapshots.SnapshotService.isResting(status())
                ? "" : percent + " %";
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instanceNameProperty() {
        return instanceName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
