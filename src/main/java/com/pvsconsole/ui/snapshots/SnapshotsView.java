package com.pvsconsole.ui.snapshots;

import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.DetailsGrid;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.resources.ResourceTables;
import com.pvsconsole.ui.search.SearchField;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The Snapshots page: the shown workspace's instance snapshots with the search box, restore and delete,
 * and the selected snapshot's details. Taking a snapshot starts from a server (its Snapshots tab).
 */
public final class SnapshotsView extends View<VBox> {

    private final SnapshotsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<SnapshotRow> table;
    private DetailsGrid details;
    private Button restore;
    private Button delete;

    public SnapshotsView(SnapshotsViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public SnapshotsView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        table = SnapshotTable.build("snapshots-table", model.shownRows(), true, messages);
        table.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem(
                "snapshot", model::selectedCode, dialogs, messages)));
        details = new DetailsGrid("snapshot-details", 4);
        VBox detailsPane = new VBox(details.grid());
        detailsPane.setMinHeight(120);
        restore = ResourceTables.action("snapshot-restore", messages.get("snapshot.restore"),
                MaterialDesignB.BACKUP_RESTORE, Styles.WARNING);
        delete = ResourceTables.action("snapshot-delete", messages.get("action.delete"),
                MaterialDesignD.DELETE_OUTLINE, Styles.DANGER);
        List<Node> actions = ResourcePageFrame.withExport(List.of(restore, delete), export, "snapshots", table);
        return ResourcePageFrame.build("snapshots", messages.get("nav.snapshots"), model.shownRows(), model.status(),
                model.loadingProperty(), model::refresh,
                new SearchField("snapshots-search", model.search(), messages).placeholderOf(table), actions, table,
                detailsPane, dialogs, messages);
    }

    @Override
    protected void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        model.selectedProperty().addListener((obs, old, row) -> showDetails(row));
        model.rows().addListener((javafx.collections.ListChangeListener<SnapshotRow>) change ->
                showDetails(model.selectedProperty().get()));
        restore.disableProperty().bind(model.rowSelectedProperty().not());
        delete.disableProperty().bind(model.rowSelectedProperty().not());
        restore.setOnAction(event -> model.restoreSelected());
        delete.setOnAction(event -> model.deleteSelected());
        showDetails(null);
    }

    private void showDetails(SnapshotRow row) {
        details.clear();
        if (row == null || !model.rows().contains(row)) {
            details.add(messages.get("details.title"), messages.get("snapshot.selectOne"));
            return;
        }
        Snapshot snapshot = row.snapshot();
        details.add(messages.get("column.name"), row.name());
        details.add(messages.get("details.id"), row.id());
        details.add(messages.get("snapshot.server"), row.instanceNameProperty().get());
        details.add(messages.get("snapshot.description"), Objects.requireNonNullElse(snapshot.description(), ""));
        details.add(messages.get("snapshot.statusDetail"), Objects.requireNonNullElse(snapshot.statusDetail(), ""));
        details.add(messages.get("column.updated"), Timestamps.dateTime(snapshot.lastUpdateDate()));
        details.add(messages.get("snapshot.where"), row.scope().label());
    }
}
