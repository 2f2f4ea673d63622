package com.pvsconsole.ui.pools;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.DetailsGrid;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.resources.ResourceTables;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Pools and groups page: one tab per kind (shared processor pools, placement groups, SPP placement
 * groups), each with its own actions, and the members of the selected row below.
 */
public final class PoolsView extends View<VBox> {

    private final PoolsViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<PoolRow> poolTable;
    private TableView<GroupRow> groupTable;
    private TableView<GroupRow> sppTable;
    private TabPane tabs;
    private DetailsGrid details;

    public PoolsView(PoolsViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public PoolsView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        poolTable = ResourceTables.table("pools-table", model.pools(), messages.get("pools.none"));
        poolTable.getColumns().add(column("column.name", PoolRow::name, 140));
        poolTable.getColumns().add(column("pools.column.hostGroup", PoolRow::hostGroup, 100));
        poolTable.getColumns().add(column("pools.column.reserved", r -> String.valueOf(r.reserved()), 110));
        poolTable.getColumns().add(column("pools.column.allocated", r -> PoolRow.cores(r.allocated()), 90));
        poolTable.getColumns().add(column("pools.column.available", r -> PoolRow.cores(r.available()), 90));
        poolTable.getColumns().add(column("column.status", PoolRow::status, 100));
        poolTable.getColumns().add(column("pools.column.members", PoolRow::memberNames, 220));
        poolTable.setContextMenu(new ContextMenu(CopyAsCode.menuItem("pool", model::selectedPoolCode, dialogs, messages)));
        groupTable = groupTable("placement-groups-table", model.groups());
        groupTable.setContextMenu(new ContextMenu(CopyAsCode.menuItem("placement-group", model::selectedGroupCode,
                dialogs, messages)));
        sppTable = groupTable("spp-groups-table", model.sppGroups());
        sppTable.setContextMenu(new ContextMenu(CopyAsCode.menuItem("spp-placement-group", model::selectedSppGroupCode,
                dialogs, messages)));

        Button createPool = ResourceTables.action("pool-create", messages.get("pools.createPool"), MaterialDesignP.PLUS,
                Styles.ACCENT);
        createPool.setOnAction(e -> openCreatePool());
        Button resize = ResourceTables.action("pool-resize", messages.get("pools.resize"), MaterialDesignA.ARROW_EXPAND_HORIZONTAL, null);
        resize.setOnAction(e -> openResize());
        resize.disableProperty().bind(model.selectedPoolProperty().isNull());
        Button deletePool = ResourceTables.action("pool-delete", messages.get("action.delete"), MaterialDesignD.DELETE_OUTLINE,
                Styles.DANGER);
        deletePool.setOnAction(e -> model.deleteSelectedPool());
        deletePool.disableProperty().bind(model.selectedPoolProperty().isNull());

        Button createGroup = ResourceTables.action("group-create", messages.get("pools.createGroup"), MaterialDesignP.PLUS,
                Styles.ACCENT);
        createGroup.setOnAction(e -> openCreateGroup(GroupRow.Kind.SERVERS));
        Button addServer = selectionAction("group-add-server", "pools.addServer", MaterialDesignP.PLUS_CIRCLE_OUTLINE,
                model.selectedGroupProperty(), model::addServerToSelectedGroup);
        Button removeServer = selectionAction("group-remove-server", "pools.removeServer", MaterialDesignM.MINUS_CIRCLE_OUTLINE,
                model.selectedGroupProperty(), model::removeServerFromSelectedGroup);
        Button deleteGroup = selectionAction("group-delete", "action.delete", MaterialDesignD.DELETE_OUTLINE,
                model.selectedGroupProperty(), () -> model.deleteSelectedGroup(GroupRow.Kind.SERVERS));
        deleteGroup.getStyleClass().add(Styles.DANGER);

        Button createSpp = ResourceTables.action("spp-group-create", messages.get("pools.createGroup"), MaterialDesignP.PLUS,
                Styles.ACCENT);
        createSpp.setOnAction(e -> openCreateGroup(GroupRow.Kind.POOLS));
        Button addPool = selectionAction("spp-group-add-pool", "pools.addPool", MaterialDesignP.PLUS_CIRCLE_OUTLINE,
                model.selectedSppGroupProperty(), model::addPoolToSelectedSppGroup);
        Button removePool = selectionAction("spp-group-remove-pool", "pools.removePool", MaterialDesignM.MINUS_CIRCLE_OUTLINE,
                model.selectedSppGroupProperty(), model::removePoolFromSelectedSppGroup);
        Button deleteSpp = selectionAction("spp-group-delete", "action.delete", MaterialDesignD.DELETE_OUTLINE,
                model.selectedSppGroupProperty(), () -> model.deleteSelectedGroup(GroupRow.Kind.POOLS));
        deleteSpp.getStyleClass().add(Styles.DANGER);

        tabs = new TabPane(
                tab("pools-tab", "pools.tab.pools", poolTable, List.of(createPool, resize, deletePool), "pools"),
                tab("placement-groups-tab", "pools.tab.groups", groupTable,
                        List.of(createGroup, addServer, removeServer, deleteGroup), "placement-groups"),
                tab("spp-groups-tab", "pools.tab.sppGroups", sppTable,
                        List.of(createSpp, addPool, removePool, deleteSpp), "spp-placement-groups"));
        tabs.setId("pools-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details = new DetailsGrid("pools-details", 4);
        VBox detailsPane = new VBox(details.grid());
        detailsPane.setMinHeight(100);
        return ResourcePageFrame.build("pools", messages.get("pools.title"), model.pools(), model.status(),
                model.loadingProperty(), model::reload, null, List.of(), tabs, detailsPane, dialogs, messages);
    }

    @Override
    protected void initListeners() {
        follow(poolTable, model.selectedPoolProperty(), model::selectPool);
        follow(groupTable, model.selectedGroupProperty(), model::selectGroup);
        follow(sppTable, model.selectedSppGroupProperty(), model::selectSppGroup);
        model.selectedPoolProperty().addListener((obs, old, row) -> showDetails());
        model.selectedGroupProperty().addListener((obs, old, row) -> showDetails());
        model.selectedSppGroupProperty().addListener((obs, old, row) -> showDetails());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> showDetails());
        // The store lists the workspace's pools and groups only while the page is on screen.
        root().parentProperty().addListener((obs, old, now) -> model.setShown(now != null));
        showDetails();
    }

    /** Table to model and back: a reload replaces the row objects, and the model's selection follows by id. */
    private static <T> void follow(TableView<T> table, ReadOnlyObjectProperty<T> selected, Consumer<T> select) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !table.getItems().contains(selected.get())) {
                select.accept(row);
            }
        });
        selected.addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
    }

    private void showDetails() {
        details.clear();
        int tab = tabs.getSelectionModel().getSelectedIndex();
        if (tab == 0 && model.selectedPoolProperty().get() != null) {
            PoolRow pool = model.selectedPoolProperty().get();
            details.add(messages.get("column.name"), pool.name());
            details.add(messages.get("pools.column.members"), pool.members().isEmpty() ? messages.get("workspaceInfo.none")
                    : pool.memberNames());
            details.add(messages.get("pools.column.sppGroups"), pool.sppGroups().isEmpty()
                    ? messages.get("workspaceInfo.none") : pool.sppGroups());
            details.add(messages.get("pools.scope"), pool.scope().label());
            return;
        }
        GroupRow group = tab == 1 ? model.selectedGroupProperty().get()
                : tab == 2 ? model.selectedSppGroupProperty().get() : null;
        if (group == null) {
            details.add(messages.get("details.title"), messages.get("pools.selectOne"));
            return;
        }
        details.add(messages.get("column.name"), group.name());
        details.add(messages.get("pools.column.policy"), model.policyLabel(group));
        details.add(messages.get("pools.column.members"), group.memberIds().isEmpty() ? messages.get("workspaceInfo.none")
                : group.members());
        details.add(messages.get("pools.scope"), group.scope().label());
    }

    private TableView<GroupRow> groupTable(String id, ObservableList<GroupRow> rows) {
        TableView<GroupRow> table = ResourceTables.table(id, rows, messages.get("pools.noGroups"));
        table.getColumns().add(column("column.name", GroupRow::name, 160));
        table.getColumns().add(column("pools.column.policy", model::policyLabel, 200));
        table.getColumns().add(column("pools.column.members", GroupRow::members, 360));
        return table;
    }

    private Tab tab(String id, String titleKey, TableView<?> table, List<Button> actions, String exportId) {
        HBox bar = new HBox(6);
        bar.getChildren().setAll(ResourcePageFrame.withExport(actions, export, exportId, table));
        VBox content = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setStyle("-fx-padding: 6 0 0 0;");
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    private Button selectionAction(String id, String key, org.kordamp.ikonli.Ikon icon, ReadOnlyObjectProperty<?> selected,
                                   Runnable action) {
        Button button = ResourceTables.action(id, messages.get(key), icon, null);
        button.disableProperty().bind(selected.isNull());
        button.setOnAction(e -> action.run());
        return button;
    }

    private void openCreatePool() {
        CreatePoolForm form = model.newPoolForm();
        if (dialogs.showForm("pool-form", messages.get("pools.createPoolTitle"), CopyAsCode.withButton(
                PoolFormViews.createPool(form, messages), "pool-form", () -> model.createPoolCode(form), dialogs, messages),
                messages.get("pools.create"), form.validProperty())) {
            model.createPool(form);
        }
    }

    private void openResize() {
        model.newResizeForm().ifPresent(form -> {
            if (dialogs.showForm("pool-resize-form", messages.get("pools.resizeTitle", form.pool().name()),
                    CopyAsCode.withButton(PoolFormViews.resizePool(form, messages), "pool-resize-form",
                            () -> model.resizePoolCode(form), dialogs, messages), messages.get("pools.resizeConfirm"), form.validProperty())) {
                model.resizePool(form);
            }
        });
    }

    private void openCreateGroup(GroupRow.Kind kind) {
        CreateGroupForm form = model.newGroupForm(kind);
        String title = messages.get(kind == GroupRow.Kind.SERVERS ? "pools.createGroupTitle" : "pools.createSppGroupTitle");
        if (dialogs.showForm("group-form", title, CopyAsCode.withButton(PoolFormViews.createGroup(form, messages),
                "group-form", () -> model.createGroupCode(form), dialogs, messages), messages.get("pools.create"),
                form.validProperty())) {
            model.createGroup(form);
        }
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return ResourceTables.textColumn(messages.get(key), value, width);
    }
}
