package com.pvsconsole.ui.snapshots;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** The instance details' Snapshots tab: take, restore, delete, notice and problem, the server's snapshots. */
public final class InstanceSnapshotsView extends View<VBox> {

    private final InstanceSnapshotsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private TableView<SnapshotRow> table;
    private Button create;
    private Button restore;
    private Button delete;
    private Label notice;
    private ProgressIndicator busy;

    public InstanceSnapshotsView(InstanceSnapshotsViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        SnapshotsViewModel list = model.list();
        table = SnapshotTable.build("details-snapshots", list.rows(), false, messages);
        table.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem(
                "details-snapshot", list::selectedCode, dialogs, messages)));
        VBox.setVgrow(table, Priority.ALWAYS);
        create = new Button(messages.get("snapshot.create"), Icons.icon(MaterialDesignC.CAMERA_OUTLINE));
        create.setId("details-snapshot-create");
        restore = new Button(messages.get("snapshot.restore"), Icons.icon(MaterialDesignB.BACKUP_RESTORE));
        restore.setId("details-snapshot-restore");
        delete = new Button(messages.get("action.delete"), Icons.icon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("details-snapshot-delete");
        delete.getStyleClass().add(Styles.DANGER);
        busy = new ProgressIndicator(-1);
        busy.setPrefSize(16, 16);
        notice = new Label();
        notice.setId("details-snapshot-notice");
        notice.getStyleClass().add("page-notice");
        notice.setWrapText(true);
        HBox bar = new HBox(6, create, restore, delete, busy, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        ProblemBanner banner = new ProblemBanner("details-snapshot", list.status().problemProperty(),
                list.status()::dismissProblem, dialogs, messages);
        VBox pane = new VBox(6, bar, banner, table);
        pane.setPadding(new Insets(6, 0, 0, 0));
        return pane;
    }

    @Override
    protected void initListeners() {
        SnapshotsViewModel list = model.list();
        create.disableProperty().bind(model.canCreateProperty().not());
        restore.disableProperty().bind(list.rowSelectedProperty().not());
        delete.disableProperty().bind(list.rowSelectedProperty().not());
        create.setOnAction(event -> openCreateForm());
        restore.setOnAction(event -> list.restoreSelected());
        delete.setOnAction(event -> list.deleteSelected());
        busy.visibleProperty().bind(list.status().busyProperty().or(list.loadingProperty()));
        notice.textProperty().bind(list.status().noticeProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> list.select(row));
    }

    private void openCreateForm() {
        CreateSnapshotForm form = model.newForm();
        if (dialogs.showForm("snapshot-form", messages.get("snapshot.createTitle", form.instanceName()),
                com.pvsconsole.ui.code.CopyAsCode.withButton(new CreateSnapshotFormView(form, messages).root(),
                        "snapshot-form", () -> model.createCode(form), dialogs, messages),
                messages.get("snapshot.createConfirm"),
                form.validProperty())) {
            model.submit(form);
        }
    }
}
