package com.pvsconsole.ui.instances.change;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.help;
import static com.pvsconsole.ui.common.FormFields.row;

import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
        ComboBox<String> procType = new ComboBox<>(FXCollections.observableArrayList(SizeRules.PROC_TYPES));
        procType.setId("resize-proctype");
        procType.setMaxWidth(Double.MAX_VALUE);
        procType.valueProperty().bindBidirectional(model.procTypeProperty());
        TextField processors = new TextField();
        processors.setId("resize-processors");
        processors.textProperty().bindBidirectional(model.processorsProperty());
        TextField memory = new TextField();
        memory.setId("resize-memory");
        memory.textProperty().bindBidirectional(model.memoryProperty());
        Label allowed = new Label();
        allowed.setId("resize-allowed");
        allowed.setWrapText(true);
        allowed.textProperty().bind(model.allowedProperty());
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.procType"), procType, help(messages.get("create.procType.help")));
        row(grid, messages.get("create.processors"), processors,
                errorLabel("resize-processors-error", model.processorsErrorProperty(), processors));
        row(grid, messages.get("create.memory"), memory,
                errorLabel("resize-memory-error", model.memoryErrorProperty(), memory));
        Label unchanged = errorLabel("resize-message", model.formMessageProperty(), null);
        unchanged.getStyleClass().remove("field-error");
        unchanged.getStyleClass().add("field-help");
        VBox form = new VBox(12, allowed, grid, unchanged);
        new FormDialog(owner, "resize-dialog", messages.get("resize.title", model.instanceName()), form,
                messages.get("resize.submit"), "resize-submit", model.validProperty(), model.submittingProperty(),
                model.problemProperty(), model::dismissProblem, model::submit, model.doneProperty(), dialogs, messages)
                .show();
        model.load();
    }
}
