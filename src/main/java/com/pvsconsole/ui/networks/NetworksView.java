package com.pvsconsole.ui.networks;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.DetailsGrid;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.resources.ResourceTables;
import com.pvsconsole.ui.search.SearchField;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The Networks page: the table, and below it the selected network's addressing and its ports. */
public final class NetworksView extends View<VBox> {

    private final NetworksViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<NetworkRow> table;
    private SearchField search;
    private TableView<PortLine> ports;
    private DetailsGrid details;
    private Button create;
    private Button delete;

    public NetworksView(NetworksViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Adds an Export menu (CSV/JSON of the shown rows) to the page's actions. */
    public NetworksView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        table = ResourceTables.table("networks-table", model.shownRows(), messages.get("page.empty"));
        table.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem("network",
                model::copyAsCode, dialogs, messages)));
        SortedList<NetworkRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("column.name", NetworkRow::nameProperty, 180));
        table.getColumns().add(column("column.type", NetworkRow::typeProperty, 80));
        table.getColumns().add(column("column.cidr", NetworkRow::cidrProperty, 130));
        table.getColumns().add(column("column.gateway", NetworkRow::gatewayProperty, 110));
        table.getColumns().add(column("column.dns", NetworkRow::dnsProperty, 150));
        table.getColumns().add(column("column.vlan", NetworkRow::vlanProperty, 60));
        table.getColumns().add(column("column.ipUsage", NetworkRow::usageProperty, 180));

        details = new DetailsGrid("network-details", 4);
        ports = ResourceTables.table("network-ports", model.ports(), messages.get("network.noPorts"));
        ports.getColumns().add(portColumn("column.ip", PortLine::ipAddress));
        ports.getColumns().add(portColumn("column.mac", PortLine::macAddress));
        ports.getColumns().add(portColumn("column.instance", PortLine::instance));
        ports.getColumns().add(portColumn("column.status", PortLine::status));
        Tab overview = new Tab(messages.get("details.overview"), details.grid());
        overview.setId("network-tab-overview");
        Tab portsTab = new Tab(messages.get("network.ports"), ports);
        portsTab.setId("network-tab-ports");
        portsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("network.portsCount", model.ports().size()), model.ports()));
        TabPane detailsPane = new TabPane(overview, portsTab);
        detailsPane.setId("network-details-tabs");
        detailsPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detailsPane.setMinHeight(160);

        create = ResourceTables.action("network-create", messages.get("network.create"), MaterialDesignP.PLUS,
                Styles.ACCENT);
        delete = ResourceTables.action("network-delete", messages.get("action.delete"), MaterialDesignD.DELETE_OUTLINE,
                Styles.DANGER);
        List<Node> actions = ResourcePageFrame.withExport(List.of(create, delete), export, "networks", table);
        search = new SearchField("networks-search", model.search(), messages).placeholderOf(table);
        return ResourcePageFrame.build("networks", messages.get("nav.networks"), model.shownRows(), model.status(),
                model.loadingProperty(), model::refresh, search, actions, table, detailsPane, dialogs, messages);
    }

    @Override
    protected void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        // The pane follows the selected row's values: its details (CIDR, gateway, DNS, IP usage)
        // arrive from the per-network call after the selection, and change in place on refreshes.
        InvalidationListener detailsChanged = values -> showDetails(model.selectedProperty().get());
        model.selectedProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.detailProperties().forEach(value -> value.removeListener(detailsChanged));
            }
            if (row != null) {
                row.detailProperties().forEach(value -> value.addListener(detailsChanged));
            }
            showDetails(row);
        });
        model.rows().addListener((ListChangeListener<NetworkRow>) change -> showDetails(model.selectedProperty().get()));
        delete.disableProperty().bind(model.rowSelectedProperty().not());
        create.setOnAction(event -> openCreateForm());
        delete.setOnAction(event -> model.deleteSelected());
        showDetails(null);
        // A row asked for (Ctrl+K) is selected once shown: after the listeners above, so its details open.
        search.revealsIn(table, NetworkRow::id);
    }

    private void openCreateForm() {
        CreateNetworkForm form = model.newCreateForm();
        if (dialogs.showForm("network-form", messages.get("network.createTitle"),
                com.pvsconsole.ui.code.CopyAsCode.withButton(new CreateNetworkFormView(form, messages).root(),
                        "network-form", () -> model.createCode(form), dialogs, messages),
                messages.get("network.createConfirm"),
                form.validProperty())) {
            model.create(form);
        }
    }

    private void showDetails(NetworkRow row) {
        details.clear();
        if (row == null || !model.rows().contains(row)) {
            details.add(messages.get("details.title"), messages.get("network.selectOne"));
            return;
        }
        details.add(messages.get("column.name"), row.name());
        details.add(messages.get("details.id"), row.id());
        details.add(messages.get("column.cidr"), row.cidrProperty().get());
        details.add(messages.get("column.gateway"), row.gatewayProperty().get());
        details.add(messages.get("column.ipRanges"), row.rangesProperty().get());
        details.add(messages.get("column.dns"), row.dnsProperty().get());
        details.add(messages.get("column.ipUsage"), row.usageProperty().get());
        details.add(messages.get("column.mtu"), row.mtuProperty().get());
    }

    private TableColumn<NetworkRow, String> column(String key, Function<NetworkRow, ObservableValue<String>> value,
                                                   double width) {
        return ResourceTables.column(messages.get(key), value, width);
    }

    private TableColumn<PortLine, String> portColumn(String key, Function<PortLine, String> value) {
        return ResourceTables.textColumn(messages.get(key), value, 140);
    }
}
