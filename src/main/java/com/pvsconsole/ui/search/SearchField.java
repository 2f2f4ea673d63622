package com.pvsconsole.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.pvsconsole.service.search.Completion;
import com.pvsconsole.service.search.Query;
import com.pvsconsole.service.search.QueryError;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The filter box of a page: a text field bound to a {@link SearchModel}, with a clear button, Escape
 * to clear, completions under the caret (Up/Down to pick, Enter or Tab to accept, Ctrl+Space to
 * ask), and invalid terms marked in place: the box turns red, the reasons show in its tooltip and
 * in a small label beside it. Never a dialog. Node ids derive from {@code id}: {@code id} (the
 * field), {@code id-clear}, {@code id-error}, {@code id-completions}.
 */
public final class SearchField extends HBox {

    private static final int VISIBLE_COMPLETIONS = 8;
    /**
     * One height for every completion row, so the list can be sized to its rows: sized at 26 px a
     * row, it showed about 1.5 of the theme's 39 px rows.
     */
    private static final double COMPLETION_HEIGHT = 30;

    private final SearchModel<?> model;
    private final Messages messages;
    private final CustomTextField field = new CustomTextField();
    private final Button clear = new Button(null, Icons.icon(MaterialDesignC.CLOSE));
    private final Label error = new Label();
    private final ListView<Completion> completions = new ListView<>();
    private final Popup popup = new Popup();
    /** The box's one tooltip: what it understands while the query is valid, else the reasons it is not. */
    private final Tooltip tooltip = new Tooltip();
    private String syntax;

    public SearchField(String id, SearchModel<?> model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createView(id);
        initListeners();
    }

    private void createView(String id) {
        field.setId(id);
        // The prompt is short enough to show whole in the toolbar (the list of terms it had was cut
        // off at 1024 and 1280 px); the terms are in the tooltip, and typing offers them as completions.
        field.setPromptText(messages.get("search.prompt"));
        syntax = messages.get("search.syntax", model.noun(), model.keys().stream()
                .map(key -> key.isNumeric() ? key.token() + ">=n" : key.token() + ":")
                .collect(Collectors.joining("  ")));
        tooltip.setText(syntax);
        field.setTooltip(tooltip);
        field.setLeft(Icons.icon(MaterialDesignM.MAGNIFY));
        field.setRight(clear);
        field.setPrefWidth(320);
        clear.setId(id + "-clear");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        HoverTooltip.install(clear, messages.get("search.clear"));
        error.setId(id + "-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setMaxWidth(360);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        completions.setId(id + "-completions");
        completions.setFocusTraversable(false);
        completions.setPrefWidth(260);
        completions.setFixedCellSize(COMPLETION_HEIGHT);
        completions.getStyleClass().add(Styles.DENSE);
        completions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Completion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        popup.getContent().add(completions);
        popup.setAutoHide(true);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(field, error);
    }

    private void initListeners() {
        field.textProperty().bindBidirectional(model.textProperty());
        model.queryProperty().addListener((obs, old, query) -> showErrors(query));
        showErrors(model.queryProperty().get());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setOnAction(event -> {
            field.clear();
            field.requestFocus();
        });
        field.textProperty().addListener((obs, old, now) -> {
            // Completions open on request (Ctrl+Space or Down) and then follow the typing. They never
            // pop up on their own: a window appearing under the pointer must not take the keystrokes.
            if (field.isFocused() && popup.isShowing()) {
                // after the caret has moved past the typed character
                Platform.runLater(this::suggest);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        completions.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        completions.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                accept();
            }
        });
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if ((code == KeyCode.SPACE && event.isShortcutDown()) || (code == KeyCode.DOWN && !popup.isShowing())) {
            suggest();
            event.consume();
        } else if (popup.isShowing() && (code == KeyCode.DOWN || code == KeyCode.UP)) {
            int at = completions.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            completions.getSelectionModel().select(Math.max(0, Math.min(completions.getItems().size() - 1, at)));
            completions.scrollTo(completions.getSelectionModel().getSelectedIndex());
            event.consume();
        } else if (popup.isShowing() && (code == KeyCode.ENTER || code == KeyCode.TAB)) {
            accept();
            event.consume();
        } else if (code == KeyCode.ESCAPE && (popup.isShowing() || !field.getText().isEmpty())) {
            // an empty box leaves Escape to others (a dialog, the window)
            if (popup.isShowing()) {
                popup.hide();
            } else {
                field.clear();
            }
            event.consume();
        }
    }

    private void suggest() {
        List<Completion> found = model.complete(field.getText(), field.getCaretPosition());
        if (found.isEmpty() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        completions.getItems().setAll(found);
        completions.getSelectionModel().selectFirst();
        // up to 8 whole rows, and the list's own border and padding as the theme sets them
        completions.applyCss();
        completions.setPrefHeight(Math.min(found.size(), VISIBLE_COMPLETIONS) * COMPLETION_HEIGHT
                + completions.snappedTopInset() + completions.snappedBottomInset());
        if (!popup.isShowing()) {
            var at = field.localToScreen(0, field.getHeight());
            if (at != null) {
                popup.show(field, at.getX(), at.getY());
            }
        }
    }

    private void accept() {
        Completion chosen = completions.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen != null) {
            Completion.Edit edit = chosen.applyTo(field.getText());
            field.setText(edit.text());
            field.positionCaret(edit.caret());
            if (edit.text().endsWith(":") || edit.text().endsWith("=")) {
                Platform.runLater(this::suggest); // a key was chosen: its values come next
            }
        }
    }

    private void showErrors(Query query) {
        List<QueryError> errors = query == null ? List.of() : query.errors();
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !errors.isEmpty());
        if (errors.isEmpty()) {
            error.setText("");
            tooltip.setText(syntax);
            return;
        }
        // each reason with the whole term it is about ('mem>=lots', not only 'lots')
        String reasons = errors.stream()
                .map(e -> messages.get("search.invalidTerm", e.term(), e.reason()))
                .collect(Collectors.joining("\n"));
        tooltip.setText(reasons);
        QueryError first = errors.get(0);
        error.setText(errors.size() == 1 ? first.reason()
                : messages.get("search.invalidMore", first.reason(), errors.size() - 1));
    }

    /**
     * While a search is typed, {@code table} says that nothing matches it rather than its usual
     * empty text ("nothing in this workspace" would be wrong then).
     */
    public SearchField placeholderOf(TableView<?> table) {
        Node usual = table.getPlaceholder();
        Label noMatch = new Label(messages.get("search.noMatch", model.noun()));
        table.placeholderProperty().bind(Bindings.when(model.textProperty().isEmpty())
                .<Node>then(usual).otherwise(noMatch));
        return this;
    }

    /**
     * Selects in {@code table} the row the search was asked to reveal ({@link SearchModel#reveal})
     * as soon as the row is among the table's items: a jump filters the page to the row's name,
     * and the row may come after the page, when the workspace's list arrives. Its details open.
     */
    public <R> SearchField revealsIn(TableView<R> table, Function<R, String> idOf) {
        Runnable select = () -> {
            String wanted = model.revealProperty().get();
            if (wanted == null) {
                return;
            }
            table.getItems().stream().filter(row -> wanted.equals(idOf.apply(row))).findFirst().ifPresent(row -> {
                model.revealProperty().set(null);
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            });
        };
        model.revealProperty().addListener((obs, old, now) -> select.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<R>) change -> select.run());
        select.run();
        return this;
    }

    /** The text field, for focus and tests. */
    public CustomTextField field() {
        return field;
    }

    /**
     * Takes the label giving the reason a query is invalid out of this box, for the page to place
     * where its width moves nothing: beside the field it took its width from the controls around
     * it as it appeared and grew, sliding the field under the cursor and wrapping the toolbar's
     * chips onto more lines. The label shrinks (cut with an ellipsis; the tooltip has every reason).
     */
    public Label detachError() {
        getChildren().remove(error);
        error.setMinWidth(0);
        error.setMaxWidth(Double.MAX_VALUE);
        return error;
    }

    /** The errors label text; empty when the query is valid. */
    public String errorText() {
        return error.getText();
    }
}
