package com.pvsconsole.ui.snapshots;

import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The take-snapshot form's controls, bound to {@link CreateSnapshotForm}. */
final class CreateSnapshotFormView extends View<GridPane> {

    private final CreateSnapshotForm form;
    private final Messages messages;
    private TextField name;
    private TextField description;

    CreateSnapshotFormView(CreateSnapshotForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    @Override
    protected GridPane createView() {
        name = new TextField();
        name.setId("snapshot-name");
        name.setPromptText(messages.get("snapshot.namePrompt"));
        description = new TextField();
        description.setId("snapshot-description");
        VBox volumes = new VBox(4);
        volumes.setId("snapshot-volumes");
        FormFields.tickList(volumes, form.volumes(), "snapshot-volume-", messages.get("snapshot.allVolumes"));
        return new FormGrid()
                .hinted(messages.get("snapshot.server"), new javafx.scene.control.Label(form.instanceName()),
                        messages.get("snapshot.quiesceHint"))
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .field(messages.get("snapshot.description"), description, form.descriptionErrorProperty())
                .field(messages.get("snapshot.volumes"), volumes, form.volumesErrorProperty())
                .grid();
    }

    @Override
    protected void initListeners() {
        name.textProperty().bindBidirectional(form.nameProperty());
        description.textProperty().bindBidirectional(form.descriptionProperty());
        name.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                name.requestFocus();
            }
        });
    }
}
