package com.pvsconsole.ui.pools;

import com.pvsconsole.service.pools.PlacementPolicy;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The three small forms of the Pools and groups page, each bound to its form model; messages sit below the field. */
final class PoolFormViews {

    private PoolFormViews() {
    }

    static GridPane createPool(CreatePoolForm form, Messages messages) {
        TextField name = new TextField();
        name.setId("pool-name");
        name.setPromptText(messages.get("pools.namePrompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField cores = new TextField();
        cores.setId("pool-cores");
        cores.textProperty().bindBidirectional(form.coresProperty());
        ComboBox<String> hostGroup = new ComboBox<>(FXCollections.observableArrayList(form.hostGroups()));
        hostGroup.setId("pool-host-group");
        hostGroup.valueProperty().bindBidirectional(form.hostGroupProperty());
        VBox coresBox = new VBox(4, cores, hint(messages.get("pools.coresHint")));
        coresBox.setId("pool-cores-box");
        return new FormGrid()
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .field(messages.get("pools.column.reserved"), coresBox, form.coresErrorProperty())
                .field(messages.get("pools.column.hostGroup"), hostGroup, form.hostGroupErrorProperty())
                .grid();
    }

    static GridPane resizePool(ResizePoolForm form, Messages messages) {
        TextField cores = new TextField();
        cores.setId("pool-resize-cores");
        cores.textProperty().bindBidirectional(form.coresProperty());
        PoolRow pool = form.pool();
        Label used = hint(messages.get("pools.resizeHint", PoolRow.cores(pool.allocated()), pool.reserved()));
        VBox box = new VBox(4, cores, used);
        box.setId("pool-resize-box");
        return new FormGrid()
                .field(messages.get("pools.column.reserved"), box, form.coresErrorProperty())
                .grid();
    }

    static GridPane createGroup(CreateGroupForm form, Messages messages) {
        TextField name = new TextField();
        name.setId("group-name");
        name.setPromptText(messages.get(form.kind() == GroupRow.Kind.POOLS ? "pools.namePrompt" : "pools.groupNamePrompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<PlacementPolicy> policy = new ComboBox<>(FXCollections.observableArrayList(PlacementPolicy.values()));
        policy.setId("group-policy");
        StringConverter<PlacementPolicy> label = new StringConverter<>() {
            @Override
            public String toString(PlacementPolicy value) {
                if (value == null) {
                    return "";
                }
                return value == PlacementPolicy.AFFINITY ? messages.get("pools.policy.affinity")
                        : messages.get("pools.policy.antiAffinity");
            }

            @Override
            public PlacementPolicy fromString(String text) {
                return null;
            }
        };
        policy.setConverter(label);
        policy.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PlacementPolicy item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : label.toString(item));
            }
        });
        policy.valueProperty().bindBidirectional(form.policyProperty());
        return new FormGrid()
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .hinted(messages.get("pools.policy"), policy, messages.get("pools.policyHint"))
                .grid();
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        return hint;
    }
}
