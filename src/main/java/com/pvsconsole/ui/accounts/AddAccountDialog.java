package com.pvsconsole.ui.accounts;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.accounts.AccountDraft.Field;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.EnumMap;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The add-account dialog: name, masked API key with a show/hide toggle, endpoint type, an
 * Advanced section (IAM URL, Power VS URL template, HTTPS proxy), and the check's progress and
 * outcome. "Connect" does not close it: it closes when the account is saved.
 */
public final class AddAccountDialog {

    private final AddAccountViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final Map<Field, Label> problemLabels = new EnumMap<>(Field.class);
    private boolean fitPending;

    public AddAccountDialog(AddAccountViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows the dialog without blocking the caller. */
    public Dialog<Void> show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("addAccount.title"));
        dialog.setHeaderText(messages.get("addAccount.header"));
        dialog.setResizable(true);
        ButtonType connect = new ButtonType(messages.get("addAccount.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("addAccount.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, cancel);
        dialog.getDialogPane().setId("add-account-dialog");
        dialog.getDialogPane().setContent(content(dialog));
        dialog.getDialogPane().setMinWidth(680);
        dialog.getDialogPane().setPrefWidth(680);
        fitAfterLayout(dialog);

        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("connect-button");
        connectButton.disableProperty().bind(model.busyProperty());
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stay open: the check runs in the background
            model.connect();
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("add-cancel-button");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.busyProperty().get()) {
                event.consume(); // first cancel stops the check and keeps what was typed
                model.cancel();
            }
        });
        dialog.setOnCloseRequest(event -> model.cancel());
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                dialog.close();
            }
        });
        dialog.show();
        return dialog;
    }

    private Node content(Dialog<Void> dialog) {
        TextField name = new TextField();
        name.setId("account-name-field");
        name.setPromptText(messages.get("addAccount.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());

        GridPane form = formGrid();
        int row = 0;
        row = addRow(form, row, "addAccount.name", name, Field.NAME);
        row = addRow(form, row, "addAccount.key", keyInput(), Field.KEY);
        Label keyHelp = new Label(messages.get("addAccount.key.help"));
        keyHelp.setWrapText(true);
        keyHelp.setMinHeight(Label.USE_PREF_SIZE);
        keyHelp.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        form.add(keyHelp, 1, row++);
        form.add(caption("addAccount.endpoint"), 0, row);
        form.add(endpointChoice(), 1, row);

        TitledPane advanced = new TitledPane(messages.get("addAccount.advanced"), advancedForm());
        advanced.setId("advanced-pane");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        // A dialog keeps its first size: grow and shrink it with the section so the buttons stay in view.
        // Listen once shown, so the skin has already applied the new state when the size is taken.
        dialog.setOnShown(event -> {
            advanced.expandedProperty().addListener((obs, old, now) -> fit(dialog));
            name.requestFocus();
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("add-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("add-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(model.statusProperty().isNotEmpty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        ProblemBanner banner = new ProblemBanner("add-account", model.problemProperty(), model::dismissProblem,
                dialogs, messages);
        banner.setMinHeight(Region.USE_PREF_SIZE); // room for the whole hint, wrapped, rather than an ellipsis

        model.fieldProblemsProperty().addListener((obs, old, problems) -> {
            showFieldProblems(problems);
            fit(dialog);
        });
        model.problemProperty().addListener((obs, old, now) -> fit(dialog));
        model.busyProperty().addListener((obs, old, now) -> fit(dialog));
        showFieldProblems(model.fieldProblemsProperty().get());
        VBox content = new VBox(12, form, advanced, progress, status, banner);
        content.setPadding(new Insets(8, 8, 0, 8));
        return content;
    }

    /**
     * Asks for the window to match its content once the next layout pass has sized the new
     * content (a banner, problem lines, the Advanced section); sizing earlier sees stale heights.
     */
    private void fit(Dialog<Void> dialog) {
        fitPending = true;
        dialog.getDialogPane().requestLayout();
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

    /** A masked field and a plain one over the same text; the toggle shows one or the other. */
    private Node keyInput() {
        PasswordField masked = new PasswordField();
        masked.setId("api-key-field");
        masked.setPromptText(messages.get("addAccount.key.prompt"));
        masked.textProperty().bindBidirectional(model.keyProperty());
        TextField plain = new TextField();
        plain.setId("api-key-visible-field");
        plain.textProperty().bindBidirectional(model.keyProperty());
        ToggleButton show = new ToggleButton(messages.get("addAccount.key.show"));
        show.setId("api-key-show-toggle");
        show.selectedProperty().addListener((obs, old, shown) ->
                show.setText(messages.get(shown ? "addAccount.key.hide" : "addAccount.key.show")));
        plain.visibleProperty().bind(show.selectedProperty());
        masked.visibleProperty().bind(show.selectedProperty().not());
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        return new HBox(6, fields, show);
    }

    private Node endpointChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton publicEndpoint = new RadioButton(messages.get("addAccount.endpoint.public"));
        publicEndpoint.setId("endpoint-public");
        publicEndpoint.setToggleGroup(group);
        RadioButton privateEndpoint = new RadioButton(messages.get("addAccount.endpoint.private"));
        privateEndpoint.setId("endpoint-private");
        privateEndpoint.setToggleGroup(group);
        privateEndpoint.selectedProperty().bindBidirectional(model.privateEndpointProperty());
        publicEndpoint.setSelected(!model.privateEndpointProperty().get());
        return new VBox(4, publicEndpoint, privateEndpoint);
    }

    /** Two columns: labels of one width, fields taking the rest. */
    private static GridPane formGrid() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    private Node advancedForm() {
        GridPane form = formGrid();
        int row = 0;
        row = addRow(form, row, "addAccount.iamUrl", text("iam-url-field", "addAccount.iamUrl.prompt",
                model.iamUrlProperty()), Field.IAM_URL);
        row = addRow(form, row, "addAccount.apiTemplate", text("api-template-field", "addAccount.apiTemplate.prompt",
                model.apiUrlTemplateProperty()), Field.API_URL_TEMPLATE);
        addRow(form, row, "addAccount.proxy", text("proxy-field", "addAccount.proxy.prompt",
                model.httpsProxyProperty()), Field.HTTPS_PROXY);
        return form;
    }

    private TextField text(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A labelled field with its problem line below it; returns the next free row. */
    private int addRow(GridPane form, int row, String labelKey, Node field, Field which) {
        form.add(caption(labelKey), 0, row);
        form.add(field, 1, row);
        Label problem = new Label();
        problem.setId(which.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.setVisible(false);
        problem.setManaged(false);
        problemLabels.put(which, problem);
        form.add(problem, 1, row + 1);
        return row + 2;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void showFieldProblems(Map<Field, String> problems) {
        problemLabels.forEach((field, label) -> {
            String text = problems.get(field);
            label.setText(text == null ? "" : text);
            label.setVisible(text != null);
            label.setManaged(text != null);
        });
    }
}
