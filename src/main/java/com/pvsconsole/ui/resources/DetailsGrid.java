package com.pvsconsole.ui.resources;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Caption/value pairs in two column pairs, for the short, wide details pane below a table. */
public final class DetailsGrid {

    private final GridPane grid = new GridPane();
    private final int rowsPerColumn;
    private int count;

    public DetailsGrid(String id, int rowsPerColumn) {
        this.rowsPerColumn = rowsPerColumn;
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(6, 10, 6, 10));
    }

    public void clear() {
        grid.getChildren().clear();
        count = 0;
    }

    public void add(String caption, String value) {
        Label name = new Label(caption);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        int column = (count / rowsPerColumn) * 2;
        grid.add(name, column, count % rowsPerColumn);
        grid.add(text, column + 1, count % rowsPerColumn);
        count++;
    }

    public GridPane grid() {
        return grid;
    }
}
