package com.pvsconsole.ui.common;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * An inline banner for a failed call, shown where the user acted: status code, title, the
 * catalog's hint, the server's message, "Copy details" and dismiss. Invisible when there is
 * no problem. Never shows a stack trace: it only knows {@link Problem}.
 */
public final class ProblemBanner extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label serverMessage = new Label();
    private final Button copy = new Button();
    private final Button dismiss = new Button();
    private Problem shown;

    public ProblemBanner(String idPrefix, ObservableValue<Problem> problem, Runnable onDismiss,
                         DialogService dialogs, Messages messages) {
        setId(idPrefix + "-problem");
        getStyleClass().add("problem-banner");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(4);
        title.setId(idPrefix + "-problem-title");
        title.getStyleClass().add("problem-title");
        title.setGraphic(Icons.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        hint.setId(idPrefix + "-problem-hint");
        hint.setWrapText(true);
        serverMessage.setId(idPrefix + "-problem-server");
        serverMessage.setWrapText(true);
        serverMessage.getStyleClass().add("problem-server-message");
        copy.setId(idPrefix + "-problem-copy");
        copy.setText(messages.get("problem.copy"));
        copy.setGraphic(Icons.icon(MaterialDesignC.CONTENT_COPY));
        copy.setOnAction(event -> {
            if (shown != null) {
                dialogs.copyToClipboard(shown.details());
            }
        });
        dismiss.setText(messages.get("problem.dismiss"));
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(event -> onDismiss.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, copy, dismiss);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, hint, serverMessage);
        show(problem.getValue(), messages);
        problem.addListener((obs, old, now) -> show(now, messages));
    }

    private void show(Problem problem, Messages messages) {
        shown = problem;
        if (problem == null) {
            setVisible(false);
            setManaged(false);
            return;
        }
        title.setText(messages.get("problem.title", problem.statusLabel(), problem.title(), problem.action()));
        hint.setText(problem.hint());
        serverMessage.setText(problem.serverMessage().isBlank() ? ""
                : messages.get("problem.server", problem.serverMessage()));
        serverMessage.setVisible(!problem.serverMessage().isBlank());
        serverMessage.setManaged(!problem.serverMessage().isBlank());
        setManaged(true);
        setVisible(true);
    }
}
