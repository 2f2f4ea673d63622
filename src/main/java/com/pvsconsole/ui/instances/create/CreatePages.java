package com.pvsconsole.ui.instances.create;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.help;
import static com.pvsconsole.ui.common.FormFields.row;

import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SharedProcessorPool;
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
        ComboBox<String> sysType = combo("create-systype", model.systemTypes(), form.sysTypeProperty());
        sysType.setConverter(labels(model::systemTypeLabel));
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.name"), name, errorLabel("create-name-error", form.nameErrorProperty(), name));
        row(grid, messages.get("create.image"), image, errorLabel("create-image-error", form.imageErrorProperty(), image));
        Node licences = licences();
        row(grid, messages.get("create.licences"), licences);
        int cells = grid.getChildren().size();
        showWhen(form.ibmiProperty(), grid.getChildren().get(cells - 2), grid.getChildren().get(cells - 1));
        row(grid, messages.get("create.sysType"), sysType, catalogNote("create-catalog-note"));
        return grid;
    }

    /** CSS, PHA and RDS (with its users) for an IBM i image. */
    private Node licences() {
        CheckBox css = tick("create-licence-css", messages.get("licence.css"), form.cssProperty());
        CheckBox pha = tick("create-licence-pha", messages.get("licence.pha"), form.phaProperty());
        CheckBox rds = tick("create-licence-rds", messages.get("licence.rds"), form.rdsProperty());
        TextField users = text("create-licence-rds-users", form.rdsUsersProperty());
        users.setPrefColumnCount(5);
        users.disableProperty().bind(form.rdsProperty().not());
        HBox rdsLine = new HBox(8, rds, users, new Label(messages.get("licence.rds.users")));
        rdsLine.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, css, pha, rdsLine, errorLabel("create-licence-rds-error", form.rdsUsersErrorProperty(), users));
    }

    /** Says where the type and tier lists come from: the live catalog, or the standard list and why. */
    private Label catalogNote(String id) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().add("field-help");
        note.textProperty().bind(javafx.beans.binding.Bindings.when(model.catalogLoadingProperty())
                .then(javafx.beans.binding.Bindings.concat(messages.get("create.catalog.loading"), " ",
                        model.catalogProgressProperty()))
                .otherwise(model.catalogNoteProperty()));
        model.catalogProblemProperty().addListener((obs, old, now) -> {
            note.getStyleClass().remove(Styles.WARNING);
            if (now != null) {
                note.getStyleClass().add(Styles.WARNING);
            }
        });
        return note;
    }

    private Node size() {
        Label quota = new Label();
        quota.setId("create-quota");
        quota.getStyleClass().add(Styles.TEXT_MUTED);
        quota.setWrapText(true);
        quota.textProperty().bind(model.quotaTextProperty());
        GridPane sizes = SizeFields.grid("create", form.procTypeProperty(), form.processorsProperty(),
                form.processorsErrorProperty(), form.memoryProperty(), form.memoryErrorProperty(), messages);
        ComboBox<SharedProcessorPool> pool = new ComboBox<>(withNone(model.pools()));
        pool.setId("create-spp");
        pool.setMaxWidth(Double.MAX_VALUE);
        pool.setConverter(labels(model::poolLabel));
        pool.valueProperty().bindBidirectional(form.poolProperty());
        // Only shared (and capped) processors run in a shared processor pool.
        pool.disableProperty().bind(form.procTypeProperty().isEqualTo("dedicated"));
        Label sppGroups = new Label();
        sppGroups.setId("create-spp-groups");
        sppGroups.getStyleClass().add("field-help");
        sppGroups.textProperty().bind(model.sppGroupTextProperty());
        row(sizes, messages.get("create.spp"), pool, help(messages.get("create.spp.help")), sppGroups,
                errorLabel("create-spp-error", form.poolErrorProperty(), pool));

        ComboBox<SapProfile> profile = new ComboBox<>(model.sapProfiles());
        profile.setId("create-sap-profile");
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.setConverter(labels(model::sapProfileLabel));
        profile.valueProperty().bindBidirectional(form.sapProfileProperty());
        GridPane sap = FormFields.grid();
        row(sap, messages.get("create.sapProfile"), profile, help(messages.get("create.sapProfile.help")),
                errorLabel("create-sap-profile-error", form.sapProfileErrorProperty(), profile));
        showWhen(form.sapProperty(), sap);
        showWhen(form.sapProperty().not(), sizes);

        ComboBox<PlacementGroup> group = new ComboBox<>(withNone(model.placementGroups()));
        group.setId("create-placement");
        group.setMaxWidth(Double.MAX_VALUE);
        group.setConverter(labels(model::placementGroupLabel));
        group.valueProperty().bindBidirectional(form.placementGroupProperty());
        GridPane placement = FormFields.grid();
        row(placement, messages.get("create.placement"), group, help(messages.get("create.placement.help")));
        Label host = errorLabel("create-host-error", form.hostErrorProperty(), null);
        return new VBox(14, sap, sizes, host, placement, quota);
    }

    /** The list with a leading null ("none"), kept in step with the model's list. */
    private static <T> javafx.collections.ObservableList<T> withNone(javafx.collections.ObservableList<T> items) {
        javafx.collections.ObservableList<T> shown = FXCollections.observableArrayList();
        Runnable copy = () -> {
            java.util.List<T> all = new java.util.ArrayList<>();
            all.add(null);
            all.addAll(items);
            shown.setAll(all);
        };
        items.addListener((ListChangeListener<T>) change -> copy.run());
        copy.run();
        return shown;
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    private static CheckBox tick(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
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
            // The CIDR shows once the ticked network's details arrived (they are read only for ticked networks).
            Label cidr = new Label();
            cidr.setId("create-cidr-" + index);
            cidr.getStyleClass().add(Styles.TEXT_MUTED);
            cidr.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> choice.cidr() == null ? "" : choice.cidr(), choice.detailProperty()));
            HBox line = new HBox(10, tick, ip, cidr);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(new VBox(3, line, errorLabel("create-ip-error-" + index, choice.ipErrorProperty(), ip)));
            index++;
        }
    }

    private Node storage() {
        ComboBox<String> tier = combo("create-storage", model.storageTiers(), form.storageTierProperty());
        ComboBox<String> pool = combo("create-storage-pool", model.storagePools(), form.storagePoolProperty());
        pool.setConverter(labels(model::storagePoolLabel));
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
        row(grid, messages.get("create.storage"), tier, catalogNote("create-catalog-note-storage"));
        row(grid, messages.get("create.storagePool"), pool, help(messages.get("create.storagePool.help")));
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
