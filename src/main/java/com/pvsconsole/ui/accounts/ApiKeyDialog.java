package com.pvsconsole.ui.accounts;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Another API key for the current account (its key was refused): a masked field, the check's
 * progress and failure. "Check and use" keeps the dialog open until the key is accepted; a
 * refused key stays in the field with IAM's reason above it.
 */
public final class ApiKeyDialog {

    private final ApiKeyViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private boolean fitPending;

    public ApiKeyDialog(ApiKeyViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows the dialog without blocking the caller. */
    public Dialog<Void> show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("apiKey.title"));
        dialog.setHeaderText(messages.get(model.forThisRunOnly() ? "apiKey.header.run" : "apiKey.header.saved",
                model.accountName()));
        ButtonType use = new ButtonType(messages.get("apiKey.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("addAccount.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(use, cancel);
        dialog.getDialogPane().setId("api-key-dialog");
        dialog.getDialogPane().setPrefWidth(560);

        PasswordField key = new PasswordField();
        key.setId("api-key-field");
        key.setPromptText(messages.get("apiKey.prompt"));
        key.textProperty().bindBidirectional(model.keyProperty());
        Label keyProblem = new Label();
        keyProblem.setId("api-key-field-problem");
        keyProblem.getStyleClass().add("field-problem");
        keyProblem.textProperty().bind(model.keyProblemProperty());
        keyProblem.visibleProperty().bind(model.keyProblemProperty().isNotEmpty());
        keyProblem.managedProperty().bind(keyProblem.visibleProperty());
        Label where = new Label(messages.get(model.forThisRunOnly() ? "apiKey.where.run" : "apiKey.where.saved"));
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("api-key-status");
        status.textProperty().bind(model.statusProperty());
        ProblemBanner banner = new ProblemBanner("api-key", model.problemProperty(), model::dismissProblem,
                dialogs, messages);
        VBox content = new VBox(8, banner, where, key, keyProblem, status);
        dialog.getDialogPane().setContent(content);

        Button useButton = (Button) dialog.getDialogPane().lookupButton(use);
        useButton.setId("api-key-use");
        useButton.disableProperty().bind(model.busyProperty());
        useButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stay open: the check runs in the background
            model.check();
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> model.cancel());
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                dialog.close();
            }
        });
        // The banner and the field's problem make the content taller: grow the window to keep the buttons in it.
        fitAfterLayout(dialog);
        model.problemProperty().addListener((obs, old, now) -> fit());
        model.keyProblemProperty().addListener((obs, old, now) -> fit());
        dialog.setOnShown(event -> key.requestFocus());
        dialog.show();
        return dialog;
    }

    /**
     * Grows the window after the layout pass that shows the new content (a banner, the field's
     * problem): sizing before it sees the old heights and leaves the buttons below the window.
     */
    private void fit() {
        fitPending = true;
    }

    private void fitAfterLayout(Dialog<Void> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.needsLayoutProperty().addListener((obs, was, needsLayout) -> {
            if (!needsLayout && fitPending && pane.getScene() != null && pane.getScene().getWindow() != null) {
                fitPending = false;
                pane.getScene().getWindow().sizeToScene();
            }
        });
    }
}
