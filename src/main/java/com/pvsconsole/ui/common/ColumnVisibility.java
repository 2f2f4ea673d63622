package com.pvsconsole.ui.common;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's visible columns and a view-model property of their ids in step: a saved list
 * hides the other columns when the table is built; showing or hiding a column writes the list.
 * Columns are matched by their node id, so ids must be stable.
 */
public final class ColumnVisibility {

    private ColumnVisibility() {
    }

    public static void bind(TableView<?> table, ObjectProperty<List<String>> visibleIds) {
        List<String> saved = visibleIds.get();
        if (saved != null && !saved.isEmpty()) {
            table.getColumns().forEach(column -> column.setVisible(saved.contains(column.getId())));
        }
        table.getColumns().forEach(column -> column.visibleProperty().addListener((obs, old, now) ->
                visibleIds.set(visible(table))));
    }

    private static List<String> visible(TableView<?> table) {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
    }
}
