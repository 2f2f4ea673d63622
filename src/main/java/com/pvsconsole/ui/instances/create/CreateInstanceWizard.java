package com.pvsconsole.ui.instances.create;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.ThemeSwitcher;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The create-instance wizard as its own window owned by the main one: the steps on top, one
 * page at a time, the service's answer to a refused request above the buttons, and
 * Back / Next / Create (Next and Create stay disabled while the page is invalid).
 */
public final class CreateInstanceWizard extends View<BorderPane> {

    private final CreateInstanceViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final Map<CreateStep, Label> stepLabels = new EnumMap<>(CreateStep.class);
    private final Map<CreateStep, Node> pages = new EnumMap<>(CreateStep.class);
    private Button back;
    private Button next;
    private Button create;
    private Button cancel;
    private ProgressIndicator busy;
    private Label busyText;
    private Stage stage;

    public CreateInstanceWizard(CreateInstanceViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Opens the wizard over {@code owner} and starts loading the workspace's options. */
    public Stage open(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("create.title"));
        Scene scene = new Scene(root(), 780, 600);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        stage.setScene(scene);
        stage.setOnHidden(event -> model.close());
        stage.show();
        model.load();
        return stage;
    }

    @Override
    protected BorderPane createView() {
        HBox steps = new HBox(4);
        steps.getStyleClass().add("wizard-header");
        steps.setPadding(new Insets(10, 16, 10, 16));
        steps.setAlignment(Pos.CENTER_LEFT);
        for (CreateStep step : CreateStep.values()) {
            Label label = new Label((step.ordinal() + 1) + "  " + messages.get(step.messageKey()));
            label.setId("create-step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            label.getStyleClass().add("wizard-step");
            stepLabels.put(step, label);
            steps.getChildren().add(label);
        }
        CreatePages builder = new CreatePages(model, messages);
        StackPane stack = new StackPane();
        for (CreateStep step : CreateStep.values()) {
            Node page = builder.page(step);
            if (step == CreateStep.SUMMARY) {
                // Review: the create as code, before anything is sent.
                page = com.pvsconsole.ui.code.CopyAsCode.withButton(page, "create", model::code, dialogs, messages);
            }
            pages.put(step, page);
            stack.getChildren().add(page);
        }
        ScrollPane scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(16, 20, 16, 20));

        ProblemBanner banner = new ProblemBanner("create", model.problemProperty(), model::dismissProblem,
                dialogs, messages);
        busy = new ProgressIndicator(-1);
        busy.setId("create-busy");
        busy.setPrefSize(18, 18);
        busyText = new Label();
        busyText.setId("create-busy-text");
        busyText.getStyleClass().add(Styles.TEXT_MUTED);
        cancel = new Button(messages.get("create.cancel"));
        cancel.setId("create-cancel");
        cancel.setCancelButton(true);
        back = new Button(messages.get("create.back"));
        back.setId("create-back");
        next = new Button(messages.get("create.next"));
        next.setId("create-next");
        next.setDefaultButton(true);
        create = new Button(messages.get("create.submit"));
        create.setId("create-submit");
        create.getStyleClass().add(Styles.ACCENT);
        HBox buttons = new HBox(8, busy, busyText, new Spacer(), cancel, back, next, create);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(8, banner, buttons);
        footer.setPadding(new Insets(10, 16, 12, 16));

        BorderPane root = new BorderPane(scroll, steps, null, footer, null);
        root.setId("create-wizard");
        return root;
    }

    @Override
    protected void initListeners() {
        showStep(model.stepProperty().get());
        model.stepProperty().addListener((obs, old, now) -> showStep(now));
        back.setOnAction(event -> model.back());
        next.setOnAction(event -> model.next());
        create.setOnAction(event -> model.create());
        cancel.setOnAction(event -> close());
        next.disableProperty().bind(model.canGoNextProperty().not());
        // Enter means Next (Create on Review) wherever the focus is, a checkbox included; a text area keeps
        // Enter for new lines.
        root().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && event.getTarget() instanceof javafx.scene.control.CheckBox) {
                Button target = model.stepProperty().get() == CreateStep.SUMMARY ? create : next;
                if (!target.isDisabled()) {
                    target.fire();
                }
                event.consume();
            }
        });
        create.disableProperty().bind(model.canCreateProperty().not());
        back.disableProperty().bind(model.stepProperty().isEqualTo(CreateStep.BASICS).or(model.submittingProperty()));
        cancel.disableProperty().bind(model.submittingProperty());
        busy.visibleProperty().bind(model.loadingProperty().or(model.submittingProperty()));
        busyText.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(messages.get("create.loading"))
                .otherwise(javafx.beans.binding.Bindings.when(model.submittingProperty())
                        .then(messages.get("create.sending")).otherwise("")));
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                close();
            }
        });
    }

    private void showStep(CreateStep current) {
        pages.forEach((step, page) -> page.setVisible(step == current));
        stepLabels.forEach((step, label) -> {
            label.getStyleClass().remove("current");
            if (step == current) {
                label.getStyleClass().add("current");
            }
        });
        boolean summary = current == CreateStep.SUMMARY;
        next.setVisible(!summary);
        next.setManaged(!summary);
        create.setVisible(summary);
        create.setManaged(summary);
        create.setDefaultButton(summary);
        next.setDefaultButton(!summary);
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
