package com.pvsconsole.ui.volumes;

import com.pvsconsole.ui.code.CopyAsCode;
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
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Volumes page: actions, the table with coloured states, and the selected volume's details. */
public final class VolumesView extends View<VBox> {

    private final VolumesViewModel model;
    private final VolumeChangesViewModel changes;
    private final VolumeChangeForms forms;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<VolumeRow> table;
    private SearchField search;
    private DetailsGrid details;
    private Button create;
    private Button attach;
    private Button detach;
    private Button delete;
    private Button grow;
    private MenuItem cloneItem;
    private MenuButton more;
    private MenuItem rename;
    private MenuItem tier;
    private MenuItem bootable;
    private ContextMenu contextMenu;
    private HBox running;
    private ProgressBar progress;
    private Label progressText;
    private Button cancel;

    public VolumesView(VolumesViewModel model, VolumeChangesViewModel changes, DialogService dialogs,
                       Messages messages) {
        this.model = model;
        this.changes = changes;
        this.forms = new VolumeChangeForms(messages);
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
        SortedList<VolumeRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("column.name", VolumeRow::nameProperty, 200));
        // The short columns keep their width at 1024 px (their headers read "Size ...", "Share..." and
        // "Boot..."); the name and the server give way.
        TableColumn<VolumeRow, String> size = ResourceTables.keepingWidth(column("column.sizeGb",
                row -> row.sizeGbProperty().asString("%.0f"), 90));
        size.setComparator((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        table.getColumns().add(size);
        table.getColumns().add(column("column.diskType", VolumeRow::tierProperty, 80));
        TableColumn<VolumeRow, String> state = column("column.state", VolumeRow::stateProperty, 110);
        state.setCellFactory(col -> new StateBadgeCell<>(VolumesView::stateStyle));
        table.getColumns().add(ResourceTables.keepingWidth(state));
        table.getColumns().add(ResourceTables.keepingWidth(column("column.shareable",
                row -> yesNo(row.shareableProperty()), 100)));
        table.getColumns().add(ResourceTables.keepingWidth(column("column.bootable",
                row -> yesNo(row.bootableProperty()), 90)));
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
        grow = ResourceTables.action("volume-grow", messages.get("volume.grow"), MaterialDesignA.ARROW_EXPAND_VERTICAL,
                null);
        cloneItem = new MenuItem(messages.get("volume.clone"));
        cloneItem.setId("volume-clone");
        rename = new MenuItem(messages.get("volume.rename"));
        rename.setId("volume-rename");
        tier = new MenuItem(messages.get("volume.changeTier"));
        tier.setId("volume-tier-change");
        bootable = new MenuItem(messages.get("volume.makeBootable"));
        bootable.setId("volume-bootable");
        // An icon with a tooltip: the toolbar must still fit a 1024 px window.
        more = new MenuButton(null, com.pvsconsole.ui.common.Icons.icon(MaterialDesignP.PENCIL_OUTLINE), rename, tier,
                bootable, new SeparatorMenuItem(), cloneItem);
        more.setId("volume-more");
        more.setTooltip(new javafx.scene.control.Tooltip(messages.get("volume.more")));
        more.setAccessibleText(messages.get("volume.more"));
        contextMenu = contextMenu();
        table.setContextMenu(contextMenu);
        progress = new ProgressBar(-1);
        progress.setPrefWidth(90);
        progressText = new Label();
        progressText.setId("volume-progress-text");

        cancel = new Button(messages.get("volume.cancel"));
        cancel.setId("volume-cancel");
        running = new HBox(6, progress, progressText, cancel);
        running.setId("volume-running");
        running.setAlignment(Pos.CENTER_LEFT);
        List<Node> actions = ResourcePageFrame.withExport(List.of(create, attach, detach, grow, more, delete),
                export, "volumes", table);
        // Buttons keep their whole label (the search box is in the title row).
        for (Node action : actions) {
            if (action instanceof javafx.scene.control.Control control) {
                control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        search = new SearchField("volumes-search", model.search(), messages).placeholderOf(table);
        VBox page = ResourcePageFrame.build("volumes", messages.get("nav.volumes"), model.shownRows(), model.status(),
                model.loadingProperty(), model::refresh, search, actions, table, detailsPane, dialogs, messages);
        // The running change gets a line of its own under the actions, so the toolbar keeps its labels.
        page.getChildren().add(page.getChildren().indexOf(page.lookup("#volumes-actions")) + 1, running);
        return page;
    }

    @Override
    protected void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<VolumeRow>)
                change -> model.selectRows(List.copyOf(table.getSelectionModel().getSelectedItems())));
        grow.disableProperty().bind(changes.oneSelectedProperty().not());
        more.disableProperty().bind(changes.someSelectedProperty().not());
        for (MenuItem single : List.of(rename, tier, bootable)) {
            single.disableProperty().bind(changes.oneSelectedProperty().not());
        }
        grow.setOnAction(event -> openGrow());
        cloneItem.setOnAction(event -> openClone());
        rename.setOnAction(event -> openRename());
        tier.setOnAction(event -> openTier());
        bootable.setOnAction(event -> changes.toggleBootable());
        model.selectedProperty().addListener((obs, old, row) -> bootable.setText(messages.get(
                row != null && row.bootableProperty().get() ? "volume.makeNotBootable" : "volume.makeBootable")));
        running.visibleProperty().bind(changes.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        progress.progressProperty().bind(changes.progressProperty());
        progressText.textProperty().bind(changes.progressTextProperty());
        cancel.setOnAction(event -> changes.cancel());
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
        delete.setOnAction(event -> deleteSelected());
        showDetails(null);
        // A row asked for (Ctrl+K) is selected once shown: after the listeners above, so its details open.
        search.revealsIn(table, VolumeRow::id);
    }

    private void openCreateForm() {
        CreateVolumeForm form = model.newCreateForm();
        if (dialogs.showForm("volume-form", messages.get("volume.createTitle"),
                CopyAsCode.withButton(new CreateVolumeFormView(form, messages).root(), "volume-form",
                        () -> model.createCode(form), dialogs, messages), messages.get("volume.createConfirm"),
                form.validProperty())) {
            model.create(form);
        }
    }

    /** One volume: delete after typing its name; several: bulk delete after typing their number. */
    private void deleteSelected() {
        if (model.selectedRows().size() > 1) {
            changes.deleteSelected();
        } else {
            model.deleteSelected();
        }
    }

    private ContextMenu contextMenu() {
        MenuItem growItem = item("menu-volume-grow", "volume.grow", this::openGrow);
        MenuItem renameItem = item("menu-volume-rename", "volume.rename", this::openRename);
        MenuItem tierItem = item("menu-volume-tier", "volume.changeTier", this::openTier);
        MenuItem bootableItem = item("menu-volume-bootable", "volume.makeBootable", changes::toggleBootable);
        MenuItem cloneItem = item("menu-volume-clone", "volume.clone", this::openClone);
        MenuItem attachItem = item("menu-volume-attach", "volume.attach", model::attachSelected);
        MenuItem detachItem = item("menu-volume-detach", "volume.detach", model::detachSelected);
        MenuItem deleteItem = item("menu-volume-delete", "action.delete", this::deleteSelected);
        for (MenuItem single : List.of(growItem, renameItem, tierItem, bootableItem)) {
            single.disableProperty().bind(changes.oneSelectedProperty().not());
        }
        cloneItem.disableProperty().bind(changes.someSelectedProperty().not());
        deleteItem.disableProperty().bind(changes.someSelectedProperty().not());
        attachItem.disableProperty().bind(model.rowSelectedProperty().not());
        detachItem.disableProperty().bind(model.detachAllowedProperty().not());
        // The one context menu of the table: the changes, then Copy as code for the selected volume.
        MenuItem codeItem = CopyAsCode.menuItem("volume", model::copyAsCode, dialogs, messages);
        codeItem.disableProperty().bind(model.rowSelectedProperty().not());
        ContextMenu menu = new ContextMenu(growItem, renameItem, tierItem, bootableItem, cloneItem,
                new SeparatorMenuItem(), attachItem, detachItem, new SeparatorMenuItem(), deleteItem,
                new SeparatorMenuItem(), codeItem);
        menu.setId("volume-context-menu");
        menu.setOnShowing(event -> bootableItem.setText(messages.get(model.selectedProperty().get() != null
                && model.selectedProperty().get().bootableProperty().get()
                ? "volume.makeNotBootable" : "volume.makeBootable")));
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void openGrow() {
        changes.newGrowForm().ifPresent(form -> {
            if (dialogs.showForm("volume-grow", messages.get("volume.growTitle", form.volume().name()),
                    CopyAsCode.withButton(forms.grow(form), "volume-grow", () -> changes.growCode(form), dialogs,
                            messages), messages.get("volume.growConfirm"), form.validProperty())) {
                changes.grow(form);
            }
        });
    }

    private void openRename() {
        changes.newRenameForm().ifPresent(form -> {
            if (dialogs.showForm("volume-rename", messages.get("volume.renameTitle", form.volume().name()),
                    CopyAsCode.withButton(forms.rename(form), "volume-rename", () -> changes.renameCode(form), dialogs,
                            messages), messages.get("volume.renameConfirm"), form.validProperty())) {
                changes.rename(form);
            }
        });
    }

    private void openTier() {
        changes.newTierForm().ifPresent(form -> {
            if (dialogs.showForm("volume-tier", messages.get("volume.tierTitle", form.volume().name()),
                    CopyAsCode.withButton(forms.tier(form), "volume-tier", () -> changes.tierCode(form), dialogs,
                            messages), messages.get("volume.tierConfirm"), form.validProperty())) {
                changes.changeTier(form);
            }
        });
    }

    private void openClone() {
        changes.newCloneForm().ifPresent(form -> {
            if (dialogs.showForm("volume-clone", messages.get("volume.cloneTitle", form.volumes().size()),
                    CopyAsCode.withButton(forms.clone(form), "volume-clone", () -> changes.cloneCode(form), dialogs,
                            messages), messages.get("volume.cloneConfirm"), form.validProperty())) {
                changes.clone(form);
            }
        });
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
