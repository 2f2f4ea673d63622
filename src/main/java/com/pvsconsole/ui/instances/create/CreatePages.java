package com.pvsconsole.ui.instances.create;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.help;
import static com.pvsconsole.ui.common.FormFields.row;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Builds the wizard's five pages, each bound to the form; ids are {@code create-<field>}. */
final class CreatePages {

    private final CreateInstanceViewModel model;
    private final CreateInstanceForm form;
    private final Messages messages;

    CreatePages(CreateInstanceViewModel model, Messages messages) {
        this.model = model;
        this.form = model.form();
        this.messages = messages;
    }

    Node page(CreateStep step) {
        Node page = switch (step) {
            case BASICS -> basics();
            case SIZE -> size();
            case NETWORK -> network();
            case STORAGE -> storage();
            case SUMMARY -> summary();
        };
        page.setId("create-page-" + step.name().toLowerCase(java.util.Locale.ROOT));
        return page;
    }

    private Node basics() {
        TextField name = text("create-name", form.nameProperty());
        ComboBox<ImageChoice> image = new ComboBox<>(model.images());
        image.setId("create-image");
        image.setMaxWidth(Double.MAX_VALUE);
        image.valueProperty().bindBidirectional(form.imageProperty());
        ComboBox<String> sysType = combo("create-systype", SizeRules.SYSTEM_TYPES, form.sysTypeProperty());
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.name"), name, errorLabel("create-name-error", form.nameErrorProperty(), name));
        row(grid, messages.get("create.image"), image, errorLabel("create-image-error", form.imageErrorProperty(), image));
        row(grid, messages.get("create.sysType"), sysType);
        return grid;
    }

    private Node size() {
        Label quota = new Label();
        quota.setId("create-quota");
        quota.getStyleClass().add(Styles.TEXT_MUTED);
        quota.setWrapText(true);
        quota.textProperty().bind(model.quotaTextProperty());
        GridPane grid = SizeFields.grid("create", form.procTypeProperty(), form.processorsProperty(),
                form.processorsErrorProperty(), form.memoryProperty(), form.memoryErrorProperty(), messages);
        return new VBox(14, grid, quota);
    }

    private Node network() {
        VBox rows = new VBox(8);
        rows.setId("create-networks");
        onReplaced(form.networks(), () -> rebuildNetworks(rows));
        rebuildNetworks(rows);
        ComboBox<String> key = combo("create-sshkey", model.sshKeys(), form.sshKeyProperty());
        key.setConverter(noneConverter(messages.get("create.sshKey.none")));
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.networks"), rows, help(messages.get("create.networks.help")),
                errorLabel("create-networks-error", form.networksErrorProperty(), null));
        row(grid, messages.get("create.sshKey"), key);
        return grid;
    }

    private void rebuildNetworks(VBox rows) {
        rows.getChildren().clear();
        int index = 0;
        for (NetworkChoice choice : form.networks()) {
            CheckBox tick = new CheckBox(choice.label());
            tick.setMnemonicParsing(false);
            tick.setId("create-network-" + index);
            tick.selectedProperty().bindBidirectional(choice.selectedProperty());
            tick.setMinWidth(330);
            tick.setPrefWidth(330);
            TextField ip = new TextField();
            ip.setId("create-ip-" + index);
            ip.setPromptText(messages.get("create.fixedIp"));
            ip.textProperty().bindBidirectional(choice.fixedIpProperty());
            ip.disableProperty().bind(choice.selectedProperty().not());
            HBox.setHgrow(ip, Priority.ALWAYS);
            HBox line = new HBox(10, tick, ip);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(new VBox(3, line, errorLabel("create-ip-error-" + index, choice.ipErrorProperty(), ip)));
            index++;
        }
    }

    private Node storage() {
        ComboBox<String> tier = combo("create-storage", SizeRules.STORAGE_TIERS, form.storageTierProperty());
        VBox volumes = new VBox(6);
        volumes.setId("create-volumes");
        onReplaced(form.volumes(), () -> rebuildVolumes(volumes));
        rebuildVolumes(volumes);
        TextArea userData = new TextArea();
        userData.setId("create-userdata");
        userData.setPrefRowCount(6);
        userData.setStyle("-fx-font-family: monospace;");
        userData.textProperty().bindBidirectional(form.userDataProperty());
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.storage"), tier);
        row(grid, messages.get("create.volumes"), volumes);
        row(grid, messages.get("create.userData"), userData,
                errorLabel("create-userdata-error", form.userDataErrorProperty(), userData));
        return grid;
    }

    private void rebuildVolumes(VBox box) {
        FormFields.tickList(box, form.volumes(), "create-volume-", messages.get("create.volumes.none"));
    }

    private Node summary() {
        GridPane grid = FormFields.grid();
        grid.setId("create-summary");
        model.summary().addListener((ListChangeListener<CreateInstanceViewModel.SummaryLine>) change -> {
            grid.getChildren().clear();
            int row = 0;
            for (CreateInstanceViewModel.SummaryLine line : model.summary()) {
                Label key = new Label(line.label());
                key.getStyleClass().add("summary-key");
                key.setWrapText(true);
                Label value = new Label(line.value());
                value.setId("create-summary-" + row);
                value.setWrapText(true);
                grid.add(key, 0, row);
                grid.add(value, 1, row++);
            }
        });
        return grid;
    }

    /** Rebuilds rows when the list's items change, not when a row's own ticks or text change. */
    private static <T> void onReplaced(javafx.collections.ObservableList<T> list, Runnable rebuild) {
        list.addListener((ListChangeListener<T>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    rebuild.run();
                    return;
                }
            }
        });
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static ComboBox<String> combo(String id, java.util.List<String> items,
                                          javafx.beans.property.StringProperty property) {
        ComboBox<String> box = new ComboBox<>(items instanceof javafx.collections.ObservableList<String> observable
                ? observable : FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static StringConverter<String> noneConverter(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? none : value;
            }

            @Override
            public String fromString(String text) {
                return none.equals(text) ? "" : text;
            }
        };
    }
}
