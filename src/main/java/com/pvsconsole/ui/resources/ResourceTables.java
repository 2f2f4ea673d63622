package com.pvsconsole.ui.resources;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.Ikon;

/** The table, column and action-button shapes the managed resource pages share. */
public final class ResourceTables {

    /** The height of every table row in the console (the theme's text with its cell padding). */
    public static final double ROW_HEIGHT = 32;

    private ResourceTables() {
    }

    /** A striped, column-fitting table with the given id and empty-state text. */
    public static <T> TableView<T> table(String id, ObservableList<T> rows, String placeholder) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        // One height for all rows, as on All servers: measured one by one, rows came out 32 or
        // 39 px high on the same page (the theme's cell size reached some rows and not others),
        // and the table measures no row to lay itself out.
        table.setFixedCellSize(ROW_HEIGHT);
        table.getStyleClass().add(Styles.STRIPED);
        table.setPlaceholder(new Label(placeholder));
        // Columns as wide as their values and headers, spare width to the name, sideways scrolling
        // when they do not fit: fit-to-width cut names to "..." and a sorted "Tier" header to "...".
        com.pvsconsole.ui.common.FittedColumns.fitToValues(table);
        return table;
    }

    /**
     * {@code column} keeps its preferred width when the window is narrow: for short values (times,
     * states, yes/no, sizes) that would otherwise be cut to "..." at 1024 px while the long columns
     * (names, messages) can give way.
     */
    public static <C extends TableColumn<?, ?>> C keepingWidth(C column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A column that follows a row property, so in-place updates redraw the cell. */
    public static <T> TableColumn<T, String> column(String header, Function<T, ObservableValue<String>> value,
                                                    double width) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    /** A column over an immutable row's text. */
    public static <T> TableColumn<T, String> textColumn(String header, Function<T, String> value, double width) {
        return column(header, row -> new ReadOnlyStringWrapper(value.apply(row)), width);
    }

    /** An action button; {@code style} is an AtlantaFX style class (accent, danger) or null. */
    public static Button action(String id, String text, Ikon icon, String style) {
        Button button = new Button(text, Icons.icon(icon));
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        return button;
    }
}
