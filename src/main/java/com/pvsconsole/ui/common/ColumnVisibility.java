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
        apply(table, visibleIds.get());
        boolean[] applying = {false};
        table.getColumns().forEach(column -> column.visibleProperty().addListener((obs, old, now) -> {
            if (!applying[0]) {
                visibleIds.set(visible(table));
            }
        }));
        // A list set from outside (a saved view opened) shows those columns; the columns then
        // write the list back once, whole, rather than once per column.
        visibleIds.addListener((obs, old, ids) -> {
            if (applying[0] || ids == null || ids.isEmpty() || ids.equals(visible(table))) {
                return;
            }
            applying[0] = true;
            try {
                apply(table, ids);
            } finally {
                applying[0] = false;
            }
            visibleIds.set(visible(table));
        });
    }

    private static void apply(TableView<?> table, List<String> ids) {
        if (ids != null && !ids.isEmpty()) {
            table.getColumns().forEach(column -> column.setVisible(ids.contains(column.getId())));
        }
    }

    private static List<String> visible(TableView<?> table) {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
    }
}
