package com.pvsconsole.ui.networks;

import com.pvsconsole.service.networks.InstanceInterface;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.ResourceTables;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The instance details' Networks tab: add and remove, notice and problem, the server's interfaces. */
public final class InstanceNetworksView extends View<VBox> {

    private final InstanceNetworksViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private TableView<InstanceInterface> table;
    private Button add;
    private Button remove;
    private Label notice;

    public InstanceNetworksView(InstanceNetworksViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        table = ResourceTables.table("details-networks", model.interfaces(), messages.get("details.noNetworks"));
        table.getColumns().add(ResourceTables.textColumn(messages.get("network.add.network"),
                InstanceInterface::networkName, 160));
        table.getColumns().add(ResourceTables.textColumn(messages.get("column.ips"), InstanceInterface::ipAddress, 120));
        table.getColumns().add(ResourceTables.textColumn(messages.get("network.mac"), InstanceInterface::macAddress,
                140));
        table.getColumns().add(ResourceTables.textColumn(messages.get("column.status"), InstanceInterface::status, 80));
        table.setContextMenu(new ContextMenu(CopyAsCode.menuItem("details-network", model::selectedCode, dialogs,
                messages)));
        VBox.setVgrow(table, Priority.ALWAYS);
        add = new Button(messages.get("network.add.button"), Icons.icon(MaterialDesignL.LAN_CONNECT));
        add.setId("details-network-add");
        remove = new Button(messages.get("network.remove.button"), Icons.icon(MaterialDesignL.LAN_DISCONNECT));
        remove.setId("details-network-remove");
        notice = new Label();
        notice.setId("details-network-notice");
        notice.getStyleClass().add("page-notice");
        notice.setWrapText(true);
        HBox bar = new HBox(6, add, remove, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        ProblemBanner banner = new ProblemBanner("details-network", model.status().problemProperty(),
                model.status()::dismissProblem, dialogs, messages);
        VBox pane = new VBox(6, bar, banner, table);
        pane.setPadding(new Insets(6, 0, 0, 0));
        return pane;
    }

    @Override
    protected void initListeners() {
        add.disableProperty().bind(model.canAddProperty().not());
        remove.disableProperty().bind(model.canRemoveProperty().not());
        add.setOnAction(event -> openAddForm());
        remove.setOnAction(event -> model.removeSelected());
        notice.textProperty().bind(model.status().noticeProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
    }

    private void openAddForm() {
        AddNetworkForm form = model.newAddForm();
        if (dialogs.showForm("network-add-form", model.addTitle(), CopyAsCode.withButton(
                        new AddNetworkFormView(form, messages).root(), "network-add-form", () -> model.addCode(form),
                        dialogs, messages),
                messages.get("network.add.confirm"), form.validProperty())) {
            model.submit(form);
        }
    }
}
