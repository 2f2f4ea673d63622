package com.pvsconsole.ui.shell;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Above every page while IBM Cloud refuses the account's API key: the problem's title, its hint,
 * IAM's own message (never the key), when it was last checked, Retry and the action that fixes it.
 * Invisible otherwise.
 */
public final class KeyProblemView extends View<VBox> {

    private final ShellViewModel model;
    private final KeyFix fix;
    private final Messages messages;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label server = new Label();
    private final Label note = new Label();
    private final Label checked = new Label();
    private final Button retry = new Button();
    private final Button fixButton = new Button();

    /** @param fix what fixes the key for this account, or null (none: Retry only) */
    public KeyProblemView(ShellViewModel model, KeyFix fix, Messages messages) {
        this.model = model;
        this.fix = fix;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        title.setId("key-problem-title");
        title.getStyleClass().add("problem-title");
        title.setGraphic(Icons.icon(MaterialDesignK.KEY_ALERT_OUTLINE));
        hint.setId("key-problem-hint");
        server.setId("key-problem-server");
        server.getStyleClass().add("problem-server-message");
        note.setId("key-problem-note");
        checked.setId("key-problem-checked");
        checked.getStyleClass().add("text-muted");
        for (Label text : new Label[] {title, hint, server, note, checked}) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMnemonicParsing(false);
        }
        retry.setId("key-problem-retry");
        retry.setText(messages.get("keyProblem.retry"));
        retry.setGraphic(Icons.icon(MaterialDesignR.REFRESH));
        fixButton.setId("key-problem-fix");
        fixButton.getStyleClass().add("accent");
        fixButton.setMnemonicParsing(false);
        HBox buttons = new HBox(8);
        if (fix != null) {
            buttons.getChildren().add(fixButton);
        }
        buttons.getChildren().addAll(retry, checked);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, hint, server, note, buttons);
        box.setId("key-refused-banner"); // not "key-problem": Add account's key field has that id
        box.getStyleClass().add("problem-banner");
        box.setPadding(new Insets(10, 14, 10, 14));
        VBox.setMargin(box, new Insets(8, 8, 0, 8));
        return box;
    }

    @Override
    protected void initListeners() {
        retry.setOnAction(event -> model.retryWorkspaces());
        retry.disableProperty().bind(model.keyRetryingProperty());
        fixButton.setOnAction(event -> fix.open(fixButton.getScene().getWindow()));
        checked.textProperty().bind(model.keyCheckedProperty());
        model.keyProblemProperty().addListener((obs, old, now) -> show(now));
        show(model.keyProblemProperty().get());
    }

    private void show(Problem problem) {
        VBox box = root();
        box.setVisible(problem != null);
        box.setManaged(problem != null);
        // Texts only while shown: a hidden "Add account..." button would still be found by its text.
        fixButton.setText(problem == null || fix == null ? "" : fix.label());
        note.setText(problem == null || fix == null ? "" : fix.note());
        note.setVisible(!note.getText().isEmpty());
        note.setManaged(note.isVisible());
        if (problem == null) {
            return;
        }
        title.setText(messages.get("keyProblem.title", problem.title(), problem.statusLabel()));
        hint.setText(problem.hint());
        server.setText(problem.serverMessage().isBlank() ? "" : messages.get("problem.server", problem.serverMessage()));
        server.setVisible(!problem.serverMessage().isBlank());
        server.setManaged(server.isVisible());
    }
}
