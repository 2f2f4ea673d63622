package com.pvsconsole.ui.explain;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Explain panel as opened from a server: while the evidence loads, the step and a Cancel
 * button; a failure as a banner with its hint; then the {@link ExplainView}.
 */
public final class ExplainPanel extends View<VBox> {

    private final ExplainViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private HBox loadingRow;
    private ProgressBar bar;
    private Label step;
    private Button cancel;
    private Label cancelled;
    private ExplainView explanation;

    public ExplainPanel(ExplainViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        bar = new ProgressBar();
        bar.setId("explain-progress");
        bar.setPrefWidth(160);
        step = new Label();
        step.setId("explain-step");
        cancel = new Button(messages.get("explain.cancel"));
        cancel.setId("explain-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        loadingRow = new HBox(10, bar, step, cancel);
        loadingRow.setAlignment(Pos.CENTER_LEFT);
        loadingRow.setId("explain-loading");
        cancelled = new Label(messages.get("explain.cancelled"));
        cancelled.setId("explain-cancelled");
        cancelled.getStyleClass().add(Styles.TEXT_MUTED);
        ProblemBanner banner = new ProblemBanner("explain", model.problemProperty(), model::dismissProblem, dialogs,
                messages);
        explanation = new ExplainView(null, messages);
        VBox.setVgrow(explanation.root(), Priority.ALWAYS);
        VBox root = new VBox(8, loadingRow, cancelled, banner, explanation.root());
        root.setId("explain-panel");
        root.setPadding(new Insets(4));
        return root;
    }

    @Override
    protected void initListeners() {
        show(loadingRow, model.loadingProperty().get());
        show(cancelled, model.cancelledProperty().get());
        model.loadingProperty().addListener((obs, old, on) -> show(loadingRow, on));
        model.cancelledProperty().addListener((obs, old, on) -> show(cancelled, on));
        bar.progressProperty().bind(model.progressProperty());
        step.textProperty().bind(model.stepProperty());
        cancel.setOnAction(event -> model.cancel());
        explanation.explanationProperty().bind(model.explanationProperty());
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
