package com.pvsconsole.ui.instances.change;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A modal form dialog that stays open while its request is out: the submit button runs the
 * form's action instead of closing, is disabled while the form is invalid or busy, and the
 * dialog closes only once the service accepted. A refusal shows in the dialog's banner.
 */
final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    FormDialog(Window owner, String id, String title, Node form, String submitLabel, String submitId,
               ObservableBooleanValue canSubmit, ObservableBooleanValue busy, ObservableValue<Problem> problem,
               Runnable onDismissProblem, Runnable onSubmit, ObservableBooleanValue done, DialogService dialogs,
               Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        ButtonType submit = new ButtonType(submitLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(submit, ButtonType.CANCEL);
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(busy);
        ProblemBanner banner = new ProblemBanner(id, problem, onDismissProblem, dialogs, messages);
        VBox content = new VBox(12, form, banner, spinner);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        Button submitButton = (Button) dialog.getDialogPane().lookupButton(submit);
        submitButton.setId(submitId);
        submitButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !canSubmit.get() || busy.get(), canSubmit, busy));
        // The dialog stays open until the service accepted; a refusal is shown in place.
        submitButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            onSubmit.run();
        });
        done.addListener((obs, old, now) -> {
            if (now) {
                dialog.setResult(submit);
                dialog.close();
            }
        });
    }

    void show() {
        dialog.show();
    }
}
