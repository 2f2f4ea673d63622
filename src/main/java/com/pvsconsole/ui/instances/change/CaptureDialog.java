package com.pvsconsole.ui.instances.change;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.row;

import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.ui.common.Choice;
import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The capture form: image name, destination (the image catalog) and the data volumes to include. */
public final class CaptureDialog {

    private final CaptureViewModel model;
    private final DialogService dialogs;
    private final Messages messages;

    public CaptureDialog(CaptureViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void open(Window owner) {
        TextField name = new TextField();
        name.setId("capture-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label destination = new Label(messages.get("capture.destination.catalog"));
        destination.setId("capture-destination");
        VBox volumes = new VBox(6);
        volumes.setId("capture-volumes");
        model.volumes().addListener((ListChangeListener<Choice<VolumeReference>>) change -> rebuild(volumes));
        model.loadedProperty().addListener(observable -> rebuild(volumes));
        GridPane grid = FormFields.grid();
        row(grid, messages.get("capture.name"), name, errorLabel("capture-name-error", model.nameErrorProperty(), name));
        row(grid, messages.get("capture.destination"), destination);
        row(grid, messages.get("capture.volumes"), volumes);
        grid.add(com.pvsconsole.ui.code.CopyAsCode.button("capture", model::code, dialogs, messages), 1,
                grid.getRowCount());
        new FormDialog(owner, "capture-dialog", messages.get("capture.title", model.instanceName()), grid,
                messages.get("capture.submit"), "capture-submit",
                Bindings.createBooleanBinding(() -> model.nameErrorProperty().get().isEmpty(), model.nameErrorProperty()),
                model.submittingProperty(), model.problemProperty(), model::dismissProblem, model::submit,
                model.doneProperty(), dialogs, messages).show();
        model.load();
    }

    private void rebuild(VBox box) {
        FormFields.tickList(box, model.volumes(), "capture-volume-",
                model.loadedProperty().get() ? messages.get("capture.volumes.none") : null);
    }
}
