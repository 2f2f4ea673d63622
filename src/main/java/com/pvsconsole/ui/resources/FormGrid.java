package com.pvsconsole.ui.resources;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A two-column form: caption and control, with the field's message (or a hint) right below the
 * control, so a refusal is shown where the user typed. Message labels get the id
 * {@code <control id>-error}.
 */
public final class FormGrid {

    private final GridPane grid = new GridPane();
    private int line;

    public FormGrid() {
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 12, 4, 12));
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(320);
        grid.getColumnConstraints().addAll(captions, controls);
    }

    /** A field whose message follows {@code error} (empty: no message). */
    public FormGrid field(String caption, Node control, ObservableStringValue error) {
        add(caption, control);
        Label message = new Label();
        message.setId(control.getId() + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        grid.add(message, 1, line++);
        return this;
    }

    /** A field with a fixed hint below it. */
    public FormGrid hinted(String caption, Node control, String hint) {
        add(caption, control);
        Label text = new Label(hint);
        text.getStyleClass().add("form-hint");
        text.setWrapText(true);
        grid.add(text, 1, line++);
        return this;
    }

    public FormGrid plain(String caption, Node control) {
        add(caption, control);
        return this;
    }

    private void add(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(label, 0, line);
        grid.add(control, 1, line++);
    }

    public GridPane grid() {
        return grid;
    }
}
