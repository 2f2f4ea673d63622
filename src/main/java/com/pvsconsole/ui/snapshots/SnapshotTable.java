package com.pvsconsole.ui.snapshots;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.resources.ResourceTables;
import com.pvsconsole.ui.resources.StateBadgeCell;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The snapshot table of the page and of the details tab (which leaves out the server column). */
final class SnapshotTable {

    private SnapshotTable() {
    }

    static TableView<SnapshotRow> build(String id, ObservableList<SnapshotRow> rows, boolean withServer,
                                        Messages messages) {
        TableView<SnapshotRow> table = ResourceTables.table(id, rows, messages.get("snapshot.none"));
        SortedList<SnapshotRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(ResourceTables.column(messages.get("column.name"),
                row -> Bindings.createStringBinding(row::name, row.snapshotProperty()), 200));
        if (withServer) {
            table.getColumns().add(ResourceTables.column(messages.get("snapshot.server"),
                    SnapshotRow::instanceNameProperty, 160));
        }
        TableColumn<SnapshotRow, String> state = ResourceTables.column(messages.get("column.status"),
                SnapshotRow::statusProperty, 120);
        state.setCellFactory(col -> new StateBadgeCell<>(SnapshotTable::stateStyle));
        table.getColumns().add(state);
        table.getColumns().add(ResourceTables.column(messages.get("snapshot.progress"),
                row -> Bindings.createStringBinding(row::progress, row.snapshotProperty()), 80));
        table.getColumns().add(ResourceTables.column(messages.get("snapshot.volumes"),
                row -> Bindings.createStringBinding(() -> String.valueOf(row.volumeCount()), row.snapshotProperty()),
                70));
        table.getColumns().add(ResourceTables.column(messages.get("column.created"),
                row -> Bindings.createStringBinding(() -> Timestamps.dateTime(row.snapshot().creationDate()),
                        row.snapshotProperty()), 160));
        return table;
    }

    /** available: green; error states: red; creating, restoring, rolling back: amber. */
    static String stateStyle(String status) {
        return switch (status) {
            case "available" -> "state-ok";
            case "error", "restore-error", "rollback-error", "restore-reverted" -> "state-error";
            default -> "state-busy";
        };
    }
}
