package com.pvsconsole.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns the way an admin expects: each visible column is at least as wide as
 * its header with the sort arrow and its widest value (up to a cap), the table scrolls sideways
 * when they do not all fit, and spare width goes to one chosen column (the name) rather than being
 * spread so that values get cut. Showing or hiding a column only moves the columns; it never
 * narrows one.
 *
 * <p>The table uses the unconstrained policy throughout: the constrained policies divide the
 * width among the columns, which cut names and operating systems once a column was hidden, and
 * let the last columns run off the edge without a scroll bar once the minimums no longer fit.
 *
 * <p>Values are measured over all the rows given, not the filtered ones, so the columns keep their
 * width while the user types a query. Only the longest few strings of a batch are measured (the
 * widest text is among the longest), so 10,000 arriving rows cost a few dozen text measurements.
 */
public final class FittedColumns<T> {

    /** Strings measured per column and batch: the widest rendering is among the longest texts. */
    private static final int LONGEST = 12;
    /** The arrow a sorted header shows: its shape (7 px), its padding (4+4) and the grid's right padding (4). */
    private static final double SORT_ARROW = 19;
    /** Each side of a header or cell in the theme is padded 0.5 em; a header also has a 1 px border. */
    private static final double BORDER = 2;
    /** What the table asks of its page: the page gives it the width there is. */
    private static final double PREF_WIDTH = 400;
    /** A value wider than this (an SSH key fingerprint fits) is cut rather than widen its column further. */
    private static final double LONG_VALUE_CAP = 480;

    private final TableView<T> table;
    private final TableColumn<T, ?> filler;
    private final Map<TableColumn<T, ?>, Measured<T>> measured = new LinkedHashMap<>();
    private final Map<TableColumn<T, ?>, String> samples = new HashMap<>();
    /** The width each column asks for at least, before any spare width. */
    private final Map<TableColumn<T, ?>, Double> declared = new HashMap<>();
    /** A width the user dragged a column to: kept as it is, even below its values. */
    private final Map<TableColumn<T, ?>, Double> dragged = new HashMap<>();
    private Font cellFont;
    private Font headerFont;
    private Region viewport;
    private boolean applying;
    private boolean remeasureQueued;

    private record Measured<T>(ObservableList<T> rows, Function<T, String> text, double cap, double[] widest) {
    }

    private FittedColumns(TableView<T> table, TableColumn<T, ?> filler) {
        this.table = table;
        this.filler = filler;
    }

    /**
     * Fits {@code table}'s columns (call once its columns are added); {@code filler} takes the spare
     * width. {@link #measuring} then names the columns whose values vary in length.
     */
    public static <T> FittedColumns<T> install(TableView<T> table, TableColumn<T, ?> filler) {
        FittedColumns<T> fitted = new FittedColumns<>(table, filler);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Unconstrained, the table would ask for the sum of its columns and widen the window past
        // the screen; it takes the width its page gives it and scrolls within that.
        table.setMinWidth(0);
        table.setPrefWidth(PREF_WIDTH);
        table.getColumns().forEach(fitted::adopt);
        table.widthProperty().addListener(observable -> fitted.layout());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<T, ?>>) change -> fitted.layout());
        table.getSortOrder().addListener((ListChangeListener<TableColumn<T, ?>>) change -> fitted.layout());
        // The viewport narrows when the vertical scroll bar appears, widens when it goes. The skin
        // may be set already (a page installs its own), and is styled on the next pulse.
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(fitted::watchViewport));
        if (table.getSkin() != null) {
            Platform.runLater(fitted::watchViewport);
        }
        return fitted;
    }

    /**
     * Fits a table whose columns are added later (the resource pages): every column to the text of
     * its values, measured over the rows before any filter (so typing a query never moves the
     * columns), with spare width to the first column, the name.
     */
    public static <T> void fitToValues(TableView<T> table) {
        ObservableList<T> rows = unfiltered(table.getItems());
        FittedColumns<T> fitted = install(table, null);
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) change -> {
            while (change.next()) {
                for (TableColumn<T, ?> column : change.getAddedSubList()) {
                    fitted.adopt(column);
                    fitted.measuring(column, rows, row -> shownText(column, row), LONG_VALUE_CAP);
                }
            }
        });
    }

    private static String shownText(TableColumn<?, ?> column, Object row) {
        @SuppressWarnings("unchecked")
        var value = ((TableColumn<Object, ?>) column).getCellObservableValue(row);
        Object shown = value == null ? null : value.getValue();
        return shown == null ? null : shown.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> ObservableList<T> unfiltered(ObservableList<T> rows) {
        ObservableList<T> source = rows;
        while (source instanceof javafx.collections.transformation.TransformationList<?, ?> view) {
            source = (ObservableList<T>) view.getSource();
        }
        return source;
    }

    private void adopt(TableColumn<T, ?> column) {
        declared.put(column, column.getPrefWidth());
        column.widthProperty().addListener((obs, old, now) -> userResized(column, now.doubleValue()));
    }

    /** The column that takes the spare width: the one given, else the first. */
    private TableColumn<T, ?> filler() {
        return filler != null || table.getColumns().isEmpty() ? filler : table.getColumns().get(0);
    }

    /**
     * Keeps {@code column} at least as wide as its widest {@code text} among {@code rows}, at most
     * {@code cap} px (a longer value is cut, and its cell should offer it whole).
     */
    public FittedColumns<T> measuring(TableColumn<T, ?> column, ObservableList<T> rows, Function<T, String> text,
            double cap) {
        Measured<T> entry = new Measured<>(rows, text, cap, new double[1]);
        measured.put(column, entry);
        rows.addListener((ListChangeListener<T>) change -> {
            boolean onlyMore = true;
            List<T> added = new ArrayList<>();
            while (change.next()) {
                if (change.wasRemoved()) {
                    onlyMore = false; // a removed or replaced value may have been the widest
                } else if (change.wasAdded()) {
                    added.addAll(change.getAddedSubList());
                } else if (change.wasUpdated()) {
                    added.addAll(change.getList().subList(change.getFrom(), change.getTo()));
                }
            }
            if (onlyMore) {
                widen(entry, added);
            } else {
                remeasureLater();
            }
        });
        widen(entry, rows);
        return this;
    }

    /**
     * Keeps {@code column} as wide as {@code sample}, a value of fixed shape (a date) that is cheaper
     * to measure once than over every row.
     */
    public FittedColumns<T> fitting(TableColumn<T, ?> column, String sample) {
        samples.put(column, sample);
        layout();
        return this;
    }

    /** The width a column needs now: what it asks for, its header with the arrow, its widest value. */
    private double needed(TableColumn<T, ?> column) {
        Double chosen = dragged.get(column);
        if (chosen != null) {
            return chosen;
        }
        double header = headerWidth(column.getText());
        Measured<T> entry = measured.get(column);
        double content = entry == null ? 0 : Math.min(entry.cap(), entry.widest()[0]);
        String sample = samples.get(column);
        if (sample != null) {
            content = Math.max(content, cellWidth(sample));
        }
        return Math.ceil(Math.max(declared.getOrDefault(column, column.getPrefWidth()), Math.max(header, content)));
    }

    private void widen(Measured<T> entry, Collection<T> rows) {
        double widest = entry.widest()[0];
        for (String text : longest(rows, entry.text())) {
            widest = Math.max(widest, cellWidth(text));
        }
        if (widest > entry.widest()[0]) {
            entry.widest()[0] = widest;
            layout();
        }
    }

    /** After a removal the widest may be gone: measured again once, after the batch of changes. */
    private void remeasureLater() {
        if (remeasureQueued) {
            return;
        }
        remeasureQueued = true;
        Platform.runLater(() -> {
            remeasureQueued = false;
            remeasure();
        });
    }

    private void remeasure() {
        for (Measured<T> entry : measured.values()) {
            entry.widest()[0] = 0;
            widen(entry, entry.rows());
        }
        layout();
    }

    private static <T> List<String> longest(Collection<T> rows, Function<T, String> text) {
        PriorityQueue<String> kept = new PriorityQueue<>(Comparator.comparingInt(String::length));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (T row : rows) {
            String value = text.apply(row);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (kept.size() < LONGEST) {
                if (seen.add(value)) {
                    kept.add(value);
                }
            } else if (value.length() > kept.peek().length() && seen.add(value)) {
                seen.remove(kept.poll());
                kept.add(value);
            }
        }
        return new ArrayList<>(kept);
    }

    /** Sets each visible column to its need and gives what is left of the viewport to the filler. */
    private void layout() {
        if (applying) {
            return;
        }
        applying = true;
        try {
            double total = 0;
            for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
                double need = needed(column);
                total += need;
                column.setPrefWidth(need);
            }
            double spare = Math.floor(viewportWidth() - total);
            TableColumn<T, ?> spareTaker = filler();
            if (spare > 0 && spareTaker != null && spareTaker.isVisible()) {
                spareTaker.setPrefWidth(needed(spareTaker) + spare);
            }
        } finally {
            applying = false;
        }
    }

    /** A width the user dragged a column to is kept as what that column asks for. */
    private void userResized(TableColumn<T, ?> column, double width) {
        if (!applying && column.isVisible() && column != filler()) {
            dragged.put(column, width);
        }
    }

    /**
     * Follows the width of the rows' viewport (the table less its vertical scroll bar). Its first
     * width also means the table is styled: the theme's fonts are read then, and values measured
     * before with a guessed font are measured again.
     */
    private void watchViewport() {
        if (viewport == null && table.lookup(".clipped-container") instanceof Region clipped) {
            viewport = clipped;
            clipped.widthProperty().addListener(observable -> {
                if (headerFont == null && clipped.getWidth() > 0 && readThemeFonts()) {
                    remeasure();
                } else {
                    layout();
                }
            });
            layout();
        }
    }

    private boolean readThemeFonts() {
        if (table.lookup(".column-header .label") instanceof Labeled styled) {
            headerFont = styled.getFont();
            cellFont = Font.font(headerFont.getFamily(), FontWeight.NORMAL, headerFont.getSize());
            return true;
        }
        return false;
    }

    private double viewportWidth() {
        if (viewport != null && viewport.getWidth() > 0) {
            return viewport.getWidth();
        }
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
    }

    private double headerWidth(String text) {
        return headerWidth(text, headerFont());
    }

    private static double headerWidth(String text, Font font) {
        return textWidth(text, font) + font.getSize() + SORT_ARROW + BORDER;
    }

    private double cellWidth(String text) {
        Font font = cellFont();
        return textWidth(text, font) + font.getSize() + BORDER;
    }

    private Font headerFont() {
        return headerFont != null ? headerFont : themeFont(FontWeight.BOLD);
    }

    private Font cellFont() {
        return cellFont != null ? cellFont : themeFont(FontWeight.NORMAL);
    }

    /** Before the table is styled: the theme sets 14 px text over the system family. */
    private static Font themeFont(FontWeight weight) {
        return Font.font(Font.getDefault().getFamily(), weight, Math.max(14, Font.getDefault().getSize()));
    }

    private static double textWidth(String text, Font font) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
