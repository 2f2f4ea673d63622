package com.pvsconsole.ui.networks;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The create-network form's controls, bound to {@link CreateNetworkForm}; addressing only for vlan. */
final class CreateNetworkFormView extends View<GridPane> {

    private final CreateNetworkForm form;
    private final Messages messages;
    private TextField name;
    private ComboBox<String> type;
    private TextField cidr;
    private TextField gateway;
    private TextField dns;
    private TextField ranges;
    private TextField mtu;

    CreateNetworkFormView(CreateNetworkForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    @Override
    protected GridPane createView() {
        name = text("network-name", "network.namePrompt");
        type = new ComboBox<>(FXCollections.observableArrayList(CreateNetworkForm.TYPES));
        type.setId("network-type");
        cidr = text("network-cidr", "network.cidrPrompt");
        gateway = text("network-gateway", "network.gatewayPrompt");
        dns = text("network-dns", "network.dnsPrompt");
        ranges = text("network-ranges", "network.rangesPrompt");
        mtu = text("network-mtu", "network.mtuPrompt");
        return new FormGrid()
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .hinted(messages.get("column.type"), type, messages.get("network.typeHint"))
                .field(messages.get("column.cidr"), cidr, form.cidrErrorProperty())
                .field(messages.get("column.gateway"), gateway, form.gatewayErrorProperty())
                .field(messages.get("column.dns"), dns, form.dnsErrorProperty())
                .field(messages.get("column.ipRanges"), ranges, form.rangesErrorProperty())
                .field(messages.get("column.mtu"), mtu, form.mtuErrorProperty())
                .grid();
    }

    private TextField text(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        return field;
    }

    @Override
    protected void initListeners() {
        name.textProperty().bindBidirectional(form.nameProperty());
        type.valueProperty().bindBidirectional(form.typeProperty());
        cidr.textProperty().bindBidirectional(form.cidrProperty());
        gateway.textProperty().bindBidirectional(form.gatewayProperty());
        dns.textProperty().bindBidirectional(form.dnsProperty());
        ranges.textProperty().bindBidirectional(form.rangesProperty());
        mtu.textProperty().bindBidirectional(form.mtuProperty());
        for (TextField addressing : new TextField[] {cidr, gateway, dns, ranges}) {
            addressing.disableProperty().bind(form.privateNetworkProperty().not());
        }
    }
}
