package com.pvsconsole.ui.dialog;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.export.ExportFormat;
import com.pvsconsole.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import com.pvsconsole.ui.common.ThemeSwitcher;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The JavaFX implementation: modal dialogs owned by the main window, toasts via a sink. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> browser;
    private final Consumer<String> toasts;
    private final Messages messages;

    /**
     * @param owner   the main window (dialogs centre on it)
     * @param browser opens a URL in the system browser (HostServices in the app)
     * @param toasts  shows a transient notification in the main window
     */
    public FxDialogService(Supplier<Window> owner, Consumer<String> browser, Consumer<String> toasts,
                           Messages messages) {
        this.owner = owner;
        this.browser = browser;
        this.toasts = toasts;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(Confirmation.plain(title, message, confirmLabel));
    }

    @Override
    public boolean confirm(Confirmation request) {
        ButtonType confirm = new ButtonType(request.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(request.risky() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, "",
                confirm, ButtonType.CANCEL);
        alert.setTitle(request.title());
        alert.setHeaderText(request.title());
        alert.initOwner(owner.get());
        DialogPane pane = alert.getDialogPane();
        pane.setId("confirm-dialog");
        Label consequence = wrapped(request.consequence());
        consequence.setId("confirm-consequence");
        VBox content = new VBox(8, consequence);
        scopeLine(request.scope()).ifPresent(content.getChildren()::add);
        if (request.code() != null) {
            content.getChildren().add(com.pvsconsole.ui.code.CopyAsCode.button("confirm", request.code(), this,
                    messages));
        }
        pane.setContent(content);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId("confirm-button");
        guard(alert, pane, confirmButton, request.risky());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /**
     * Makes Cancel the default (and focused) button so Enter never confirms, and gives a risky
     * confirmation the warning look: a warning header and a danger-coloured confirm button.
     */
    private void guard(Dialog<?> dialog, DialogPane pane, Button confirmButton, boolean risky) {
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("cancel-button");
        confirmButton.setDefaultButton(false);
        cancel.setDefaultButton(true);
        if (risky) {
            pane.getStyleClass().add("risky-confirmation");
            confirmButton.getStyleClass().add("danger");
        }
        pane.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        dialog.setResizable(true);
        dialog.setOnShown(event -> cancel.requestFocus());
    }

    /**
     * Puts the cursor in {@code field} when the dialog opens, so what the user types lands there
     * (not on a button: a space on Cancel closed the Save view dialog and lost the name). The
     * button bar's skin gives its default button the focus when it is made, which the first CSS
     * pass of {@code showAndWait} does after {@code onShown}; making the skins here first lets the
     * field's request come last.
     */
    private static void focusOnOpen(Dialog<?> dialog, Node field) {
        dialog.getDialogPane().applyCss();
        dialog.setOnShown(event -> field.requestFocus());
    }

    private Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        label.setMaxWidth(460);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Optional<Label> scopeLine(Confirmation.Scope scope) {
        if (scope == null || (scope.workspace().isBlank() && scope.region().isBlank())) {
            return Optional.empty();
        }
        Label line = wrapped(scope.isSeveral() ? messages.get("confirm.scopes", scope.workspace())
                : messages.get("confirm.scope", scope.workspace(), scope.region()));
        line.setId("confirm-scope");
        line.getStyleClass().add("confirm-scope");
        return Optional.of(line);
    }

    @Override
    public Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes) {
        return askDelete(resourceKind, resourceName, offerDataVolumes, null);
    }

    @Override
    public Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes,
                                            Confirmation.Scope scope) {
        return askDelete(resourceKind, resourceName, offerDataVolumes, scope, null);
    }

    @Override
    public Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes,
                                            Confirmation.Scope scope,
                                            java.util.function.Supplier<Optional<GeneratedCode>> code) {
        DeleteConfirmation model = new DeleteConfirmation(resourceName);
        Dialog<DeleteChoice> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("delete.title", resourceKind));
        dialog.setHeaderText(messages.get("delete.header", resourceKind, resourceName));
        ButtonType delete = new ButtonType(messages.get("delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        dialog.getDialogPane().setId("delete-dialog");

        TextField typed = new TextField();
        typed.setId("delete-name-field");
        typed.setPromptText(resourceName);
        typed.textProperty().bindBidirectional(model.typedNameProperty());
        CheckBox volumes = new CheckBox(messages.get("delete.dataVolumes"));
        volumes.setId("delete-volumes-check");
        volumes.selectedProperty().bindBidirectional(model.deleteDataVolumesProperty());
        volumes.setVisible(offerDataVolumes);
        volumes.setManaged(offerDataVolumes);
        VBox content = new VBox(10, wrapped(messages.get("delete.typeName", resourceName)));
        scopeLine(scope).ifPresent(content.getChildren()::add);
        content.getChildren().addAll(typed, volumes);
        if (code != null) {
            content.getChildren().add(com.pvsconsole.ui.code.CopyAsCode.button("delete", code, this, messages));
        }
        dialog.getDialogPane().setContent(content);

        Button deleteButton = (Button) dialog.getDialogPane().lookupButton(delete);
        deleteButton.setId("delete-confirm-button");
        deleteButton.disableProperty().bind(model.nameMatchesProperty().not());
        guard(dialog, dialog.getDialogPane(), deleteButton, true);
        focusOnOpen(dialog, typed);
        dialog.setResultConverter(button -> button == delete && model.nameMatchesProperty().get()
                ? new DeleteChoice(model.deleteDataVolumesProperty().get()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("inform-dialog");
        alert.show();
    }

    @Override
    public boolean showForm(String id, String title, Node form, String confirmLabel, ObservableBooleanValue valid) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setId(id + "-dialog");
        dialog.getDialogPane().setContent(form);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId(id + "-confirm");
        confirmButton.disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        dialog.setResizable(true);
        form.lookupAll(".text-input").stream().filter(input -> input instanceof TextInputControl text
                && text.isEditable() && !text.isDisabled()).findFirst().ifPresent(input -> focusOnOpen(dialog, input));
        return dialog.showAndWait().filter(confirm::equals).isPresent() && valid.get();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        return choose(title, prompt, options, label, messages.get("choose.confirm"));
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
                                  String confirmLabel) {
        return choose(title, prompt, options, label, confirmLabel, null);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
                                  String confirmLabel, Function<T, Optional<GeneratedCode>> code) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setId("choose-dialog");
        ComboBox<T> choices = new ComboBox<>(FXCollections.observableArrayList(options));
        choices.setId("choose-combo");
        choices.setMaxWidth(Double.MAX_VALUE);
        choices.setCellFactory(list -> new LabelledCell<>(label));
        choices.setButtonCell(new LabelledCell<>(label));
        choices.setPromptText(messages.get("choose.prompt")); // nothing preselected: the target is picked on purpose
        VBox content = new VBox(10, new Label(prompt), choices);
        if (code != null) {
            content.getChildren().add(com.pvsconsole.ui.code.CopyAsCode.button("choose",
                    () -> choices.getValue() == null ? Optional.empty() : code.apply(choices.getValue()), this,
                    messages));
        }
        dialog.getDialogPane().setContent(content);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("choose-confirm");
        confirmButton.disableProperty().bind(choices.valueProperty().isNull());
        dialog.setResultConverter(button -> button == confirm ? choices.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, patterns),
                new FileChooser.ExtensionFilter(messages.get("choose.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** A list cell that shows an item through the caller's label function. */
    private static final class LabelledCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        LabelledCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title", format.label()));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        toasts.accept(message);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        toasts.accept(messages.get("toast.copied"));
    }

    @Override
    public void offerUrl(String title, String url) {
        ButtonType open = new ButtonType(messages.get("url.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(messages.get("url.copy"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, url, open, copy, ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("url-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(open::equals).isPresent()) {
            openOrOfferCopy(title, url);
        } else if (answer.filter(copy::equals).isPresent()) {
            copyToClipboard(url);
        }
    }

    /** Opens the browser; when none can be opened, says so and offers Copy (the URL is never logged). */
    private void openOrOfferCopy(String title, String url) {
        try {
            browser.accept(url);
        } catch (RuntimeException noBrowser) {
            ButtonType copy = new ButtonType(messages.get("url.copy"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("url.noBrowser"), copy, ButtonType.CLOSE);
            alert.setTitle(title);
            alert.setHeaderText(messages.get("url.noBrowserTitle"));
            alert.initOwner(owner.get());
            alert.getDialogPane().setId("no-browser-dialog");
            alert.getDialogPane().lookupButton(copy).setId("no-browser-copy");
            if (alert.showAndWait().filter(copy::equals).isPresent()) {
                copyToClipboard(url);
            }
        }
    }

    @Override
    public Optional<String> askTyped(Confirmation request, String expected) {
        DeleteConfirmation model = new DeleteConfirmation(expected);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(request.title());
        dialog.setHeaderText(request.title());
        ButtonType confirm = new ButtonType(request.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().setId("typed-dialog");
        Label consequence = wrapped(request.consequence());
        consequence.setId("confirm-consequence");
        TextField typed = new TextField();
        typed.setId("typed-field");
        typed.setPromptText(expected);
        typed.textProperty().bindBidirectional(model.typedNameProperty());
        VBox content = new VBox(10, consequence);
        scopeLine(request.scope()).ifPresent(content.getChildren()::add);
        content.getChildren().addAll(wrapped(messages.get("confirm.typeToConfirm", expected)), typed);
        if (request.code() != null) {
            content.getChildren().add(com.pvsconsole.ui.code.CopyAsCode.button("typed", request.code(), this,
                    messages));
        }
        dialog.getDialogPane().setContent(content);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("typed-confirm-button");
        confirmButton.disableProperty().bind(model.nameMatchesProperty().not());
        guard(dialog, dialog.getDialogPane(), confirmButton, request.risky());
        dialog.setOnShown(event -> typed.requestFocus());
        dialog.setResultConverter(button -> button == confirm && model.nameMatchesProperty().get()
                ? typed.getText() : null);
        return dialog.showAndWait();
    }
}
