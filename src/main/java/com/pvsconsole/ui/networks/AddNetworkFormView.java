package com.pvsconsole.ui.networks;

import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;

/** The add-network form's controls, bound to {@link AddNetworkForm}. */
public final class AddNetworkFormView extends View<GridPane> {

    private final AddNetworkForm form;
    private final Messages messages;
    private ComboBox<NetworkReference> network;

    public AddNetworkFormView(AddNetworkForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    @Override
    protected GridPane createView() {
        network = new ComboBox<>(FXCollections.observableArrayList(form.networks()));
        network.setId("network-add-choice");
        network.setMaxWidth(Double.MAX_VALUE);
        network.setCellFactory(list -> new Cell());
        network.setButtonCell(new Cell());
        return new FormGrid()
                .field(messages.get("network.add.network"), network, form.networkErrorProperty())
                .hinted("", new javafx.scene.control.Label(), messages.get("network.add.osHint"))
                .grid();
    }

    @Override
    protected void initListeners() {
        network.valueProperty().bindBidirectional(form.networkProperty());
    }

    private final class Cell extends ListCell<NetworkReference> {
        @Override
        protected void updateItem(NetworkReference item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : form.label(item, messages));
        }
    }
}
