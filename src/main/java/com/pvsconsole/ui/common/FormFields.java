package com.pvsconsole.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Form rows with an inline message under the field; the field turns red while it has one. */
public final class FormFields {

    private static final double LABEL_WIDTH = 170;

    private FormFields() {
    }

    /** An inline message bound to {@code error}; hidden (and takes no space) while empty. */
    public static Label errorLabel(String id, ObservableValue<String> error, Control field) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        if (field != null) {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.getValue().isEmpty());
            error.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        }
        return label;
    }

    public static Label help(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-help");
        label.setWrapText(true);
        return label;
    }

    /** Adds "label | field over its message" as the next row of {@code grid}. */
    public static void row(GridPane grid, String labelText, Node field, Node... below) {
        int row = grid.getRowCount();
        Label label = new Label(labelText);
        label.setWrapText(true);
        VBox cell = new VBox(3, field);
        cell.getChildren().addAll(below);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
    }

    /** Fills {@code box} with one check box per choice (ids {@code idPrefix0, 1...}), or {@code emptyText}. */
    public static <T> void tickList(VBox box, java.util.List<Choice<T>> choices, String idPrefix, String emptyText) {
        box.getChildren().clear();
        if (choices.isEmpty() && emptyText != null) {
            box.getChildren().add(help(emptyText));
        }
        int index = 0;
        for (Choice<T> choice : choices) {
            javafx.scene.control.CheckBox tick = new javafx.scene.control.CheckBox(choice.label());
            tick.setId(idPrefix + index++);
            tick.selectedProperty().bindBidirectional(choice.selectedProperty());
            box.getChildren().add(tick);
        }
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        // A fixed label column keeps the fields in place from one page of a form to the next.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(LABEL_WIDTH);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }
}
