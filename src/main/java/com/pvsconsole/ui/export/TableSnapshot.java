package com.pvsconsole.ui.export;

import com.pvsconsole.service.export.TableData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Freezes what a table shows, for export: its visible columns in display order (after the user moved or
 * hid some) and its items in display order (after filter and sort). A cell's text is its value's text,
 * whole numbers without ".0"; a column whose value is not plain text says how to write it with
 * {@link #exportText}.
 */
public final class TableSnapshot {

    private static final String EXPORT_TEXT = "pvs-console.export-text";

    private TableSnapshot() {
    }

    /** Tells the export how to write this column's values (for columns that show a graphic). */
    public static <S, T> void exportText(TableColumn<S, T> column, Function<? super T, String> text) {
        column.getProperties().put(EXPORT_TEXT, text);
    }

    public static <S> TableData of(TableView<S> table) {
        List<TableColumn<S, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        List<String> headers = columns.stream().map(TableColumn::getText).toList();
        List<List<String>> rows = new ArrayList<>(table.getItems().size());
        for (int index = 0; index < table.getItems().size(); index++) {
            List<String> cells = new ArrayList<>(columns.size());
            for (TableColumn<S, ?> column : columns) {
                cells.add(text(column, column.getCellData(index)));
            }
            rows.add(cells);
        }
        return new TableData(headers, rows);
    }

    @SuppressWarnings("unchecked")
    private static String text(TableColumn<?, ?> column, Object value) {
        Object custom = column.getProperties().get(EXPORT_TEXT);
        if (custom != null) {
            return ((Function<Object, String>) custom).apply(value);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return value.toString();
    }
}
