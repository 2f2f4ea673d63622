package com.pvsconsole.ui.volumes;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.DetailsGrid;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.resources.ResourceTables;
import com.pvsconsole.ui.resources.StateBadgeCell;
import com.pvsconsole.ui.search.SearchField;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Volumes page: actions, the table with coloured states, and the selected volume's details. */
public final class VolumesView extends View<VBox> {

    private final VolumesViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<VolumeRow> table;
    private DetailsGrid details;
    private Button create;
    private Button attach;
    private Button detach;
    private Button delete;

    public VolumesView(VolumesViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Adds an Export menu (CSV/JSON of the shown rows) to the page's actions. */
    public VolumesView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        table = ResourceTables.table("volumes-table", model.shownRows(), messages.get("page.empty"));
        table.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem("volume",
                model::copyAsCode, dialogs, messages)));
        SortedList<VolumeRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("column.name", VolumeRow::nameProperty, 200));
        TableColumn<VolumeRow, String> size = column("column.sizeGb",
                row -> row.sizeGbProperty().asString("%.0f"), 80);
        size.setComparator((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        table.getColumns().add(size);
        table.getColumns().add(column("column.diskType", VolumeRow::tierProperty, 80));
        TableColumn<VolumeRow, String> state = column("column.state", VolumeRow::stateProperty, 110);
        state.setCellFactory(col -> new StateBadgeCell<>(VolumesView::stateStyle));
        table.getColumns().add(state);
        table.getColumns().add(column("column.shareable", row -> yesNo(row.shareableProperty()), 90));
        table.getColumns().add(column("column.bootable", row -> yesNo(row.bootableProperty()), 80));
        table.getColumns().add(column("column.attachedTo", VolumeRow::attachedToProperty, 240));

        details = new DetailsGrid("volume-details", 4);
        VBox detailsPane = new VBox(details.grid());
        detailsPane.setMinHeight(130);

        create = ResourceTables.action("volume-create", messages.get("volume.create"), MaterialDesignP.PLUS, Styles.ACCENT);
        attach = ResourceTables.action("volume-attach", messages.get("volume.attach"), MaterialDesignL.LINK_VARIANT, null);
        detach = ResourceTables.action("volume-detach", messages.get("volume.detach"), MaterialDesignL.LINK_VARIANT_OFF,
                null);
        delete = ResourceTables.action("volume-delete", messages.get("action.delete"), MaterialDesignD.DELETE_OUTLINE,
                Styles.DANGER);
        List<Node> actions = ResourcePageFrame.withExport(List.of(create, attach, detach, delete), export, "volumes",
                table);
        actions.addAll(List.of(new Spacer(), new SearchField("volumes-search", model.search(), messages).placeholderOf(table)));
        return ResourcePageFrame.build("volumes", messages.get("nav.volumes"), model.shownRows(), model.status(),
                model.loadingProperty(), model::refresh, actions, table, detailsPane, dialogs, messages);
    }

    @Override
    protected void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        model.selectedProperty().addListener((obs, old, row) -> showDetails(row));
        model.rows().addListener((javafx.collections.ListChangeListener<VolumeRow>) change ->
                showDetails(model.selectedProperty().get()));
        for (Button button : List.of(attach, delete)) {
            button.disableProperty().bind(model.rowSelectedProperty().not());
        }
        detach.disableProperty().bind(model.detachAllowedProperty().not());
        create.setOnAction(event -> openCreateForm());
        attach.setOnAction(event -> model.attachSelected());
        detach.setOnAction(event -> model.detachSelected());
        delete.setOnAction(event -> model.deleteSelected());
        showDetails(null);
    }

    private void openCreateForm() {
        CreateVolumeForm form = model.newCreateForm();
        if (dialogs.showForm("volume-form", messages.get("volume.createTitle"),
                new CreateVolumeFormView(form, messages).root(), messages.get("volume.createConfirm"),
                form.validProperty())) {
            model.create(form);
        }
    }

    private void showDetails(VolumeRow row) {
        details.clear();
        if (row == null || !model.rows().contains(row)) {
            details.add(messages.get("details.title"), messages.get("volume.selectOne"));
            return;
        }
        VolumeRow.Facts facts = row.facts();
        details.add(messages.get("column.name"), row.name());
        details.add(messages.get("details.id"), row.id());
        details.add(messages.get("column.wwn"), facts.wwn());
        details.add(messages.get("column.pool"), facts.pool());
        details.add(messages.get("column.created"), Timestamps.dateTime(facts.created()));
        details.add(messages.get("column.updated"), Timestamps.dateTime(facts.updated()));
        details.add(messages.get("column.bootVolume"), Boolean.TRUE.equals(facts.bootVolume())
                ? messages.get("yes") : messages.get("no"));
        details.add(messages.get("column.attachedTo"), row.attachedToProperty().get().isEmpty()
                ? messages.get("volume.nowhere") : row.attachedToProperty().get());
    }

    private ObservableValue<String> yesNo(ObservableValue<Boolean> flag) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> Boolean.TRUE.equals(flag.getValue()) ? messages.get("yes") : messages.get("no"), flag);
    }

    private TableColumn<VolumeRow, String> column(String key, Function<VolumeRow, ObservableValue<String>> value,
                                                  double width) {
        return ResourceTables.column(messages.get(key), value, width);
    }

    /** available: green; in-use: blue; creating, attaching, deleting...: amber; error: red. */
    static String stateStyle(String state) {
        return switch (Objects.requireNonNullElse(state, "")) {
            case "available" -> "state-ok";
            case "in-use" -> "state-used";
            case "error" -> "state-error";
            default -> "state-busy";
        };
    }
}
