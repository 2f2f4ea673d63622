package com.pvsconsole.ui.instances.change;

import static com.pvsconsole.ui.common.FormFields.errorLabel;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.create.SizeFields;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The resize form: processor type, processors and memory with the allowed ranges and inline messages. */
public final class ResizeDialog {

    private final ResizeViewModel model;
    private final DialogService dialogs;
    private final Messages messages;

    public ResizeDialog(ResizeViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void open(Window owner) {
        Label allowed = new Label();
        allowed.setId("resize-allowed");
        allowed.setWrapText(true);
        allowed.textProperty().bind(model.allowedProperty());
        GridPane grid = SizeFields.grid("resize", model.procTypeProperty(), model.processorsProperty(),
                model.processorsErrorProperty(), model.memoryProperty(), model.memoryErrorProperty(), messages);
        Label host = errorLabel("resize-host-error", model.hostErrorProperty(), null);
        Label hostNote = new Label();
        hostNote.setId("resize-host-note");
        hostNote.setWrapText(true);
        hostNote.getStyleClass().add("field-help");
        hostNote.textProperty().bind(model.hostNoteProperty());
        Label unchanged = errorLabel("resize-message", model.formMessageProperty(), null);
        unchanged.getStyleClass().remove("field-error");
        unchanged.getStyleClass().add("field-help");
        VBox form = new VBox(12, allowed, grid, hostNote, host, unchanged);
        new FormDialog(owner, "resize-dialog", messages.get("resize.title", model.instanceName()), form,
                messages.get("resize.submit"), "resize-submit", model.validProperty(), model.submittingProperty(),
                model.problemProperty(), model::dismissProblem, model::submit, model.doneProperty(), dialogs, messages)
                .show();
        model.load();
    }
}
