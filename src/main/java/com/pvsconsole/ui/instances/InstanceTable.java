package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.pvsconsole.ui.common.HoverTooltip;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.export.TableSnapshot;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** Builds the virtualized, sortable instance table and its column chooser. */
final class InstanceTable {

    /** Horizontal padding of a cell in the theme, both sides. */
    private static final double CELL_PADDING = 22;
    /** The sort arrow a header shows next to its text. */
    private static final double SORT_ARROW_ROOM = 14;
    /** The vertical scroll bar takes this much of the table's width. */
    private static final double SCROLL_BAR_ROOM = 16;
    private static final double MIN_PREF_WIDTH = 400;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private InstanceTable() {
    }

    static TableView<InstanceRow> create(InstancesViewModel model, Messages messages) {
        TableView<InstanceRow> table = new TableView<>();
        table.setId(model.isFleet() ? "servers-table" : "instance-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // One row height for all: the table then never measures rows to lay out, which kept the
        // FX thread busy for most of a second when thousands of rows arrived at once.
        table.setFixedCellSize(com.pvsconsole.ui.resources.ResourceTables.ROW_HEIGHT);
        // Each filter replaces the rows wholesale: the visible rows refill once, not empty-then-fill.
        com.pvsconsole.ui.common.SteadyRowsTableSkin.install(table);
        SortedList<InstanceRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("instances.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<InstanceRow, StatusBadge.Shown> status = new TableColumn<>(messages.get("column.status"));
        status.setId("col-status");
        // Room for the badge, the spinner and the pending action ("SHUTOFF ◌ Starting…"): the
        // constrained resize policy narrows other columns first, never this one below its minimum.
        status.setPrefWidth(165);
        status.setMinWidth(150);
        status.setCellValueFactory(cell -> statusOf(cell.getValue()));
        status.setComparator(java.util.Comparator.comparing(StatusBadge.Shown::status));
        status.setCellFactory(column -> new StatusBadge());
        TableSnapshot.exportText(status, shown -> shown == null ? "" : shown.status());
        table.getColumns().add(freeText(fit(text(messages, "name", InstanceRow::nameProperty, 150), "aixprod-db01")));
        if (model.isFleet()) {
            // All servers: where each server lives, so same-named workspaces in two regions never blur.
            table.getColumns().add(fit(text(messages, "region",
                    row -> new ReadOnlyStringWrapper(row.scope().region()), 90), "us-south"));
            table.getColumns().add(freeText(fit(text(messages, "workspace",
                    row -> new ReadOnlyStringWrapper(row.scope().workspaceName()), 120), "prod-dallas")));
        }
        table.getColumns().addAll(List.of(
                status,
                fit(text(messages, "health", InstanceRow::healthProperty, 85), "WARNING"),
                freeText(fit(text(messages, "os", InstanceRow::osProperty, 120), "IBM i 7.5")),
                fit(text(messages, "processors", row -> Bindings.createStringBinding(
                        () -> trim(row.processorsProperty().get()) + " " + row.procTypeProperty().get(),
                        row.processorsProperty(), row.procTypeProperty()), 130), "0.25 dedicated"),
                fit(number(messages, "memory", InstanceRow::memoryGbProperty), "1024"),
                fit(text(messages, "sysType", InstanceRow::sysTypeProperty, 95), "s1022"),
                freeText(fit(text(messages, "ips", InstanceRow::ipsProperty, 160), "10.100.100.100")),
                fit(text(messages, "created", row -> Bindings.createStringBinding(
                        () -> created(row.createdProperty().get()), row.createdProperty()), 100), "2026-11-30")));
        table.setRowFactory(view -> new BusyAwareRow());
        scrollSidewaysWhenNarrow(table);
        com.pvsconsole.ui.common.StuckLayoutGuard.install(table);
        return table;
    }

    /** A menu with one check item per column, bound to the column's visibility. */
    static MenuButton columnChooser(TableView<InstanceRow> table, Messages messages) {
        // Icon only, its name in the tooltip: at 1280 px the filter bar then keeps the status chips on one line.
        MenuButton chooser = new MenuButton(null, Icons.icon(MaterialDesignV.VIEW_COLUMN_OUTLINE));
        HoverTooltip.install(chooser, messages.get("instances.columns"));
        chooser.setAccessibleText(messages.get("instances.columns"));
        chooser.setId("column-chooser");
        chooser.setMinWidth(MenuButton.USE_PREF_SIZE);
        for (TableColumn<InstanceRow, ?> column : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(column.getText());
            item.setId("column-toggle-" + column.getId());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            chooser.getItems().add(item);
        }
        return chooser;
    }

    /**
     * Gives the column a minimum width that shows its header and a typical value uncut. When the
     * window is too narrow for every column at its minimum, the table scrolls sideways instead of
     * cutting values to "…" (the constrained policy never shrinks a column below its minimum).
     */
    static <T> TableColumn<InstanceRow, T> fit(TableColumn<InstanceRow, T> column, String typicalValue) {
        double needed = Math.max(textWidth(column.getText()) + SORT_ARROW_ROOM, textWidth(typicalValue)) + CELL_PADDING;
        column.setMinWidth(Math.ceil(needed));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        return column;
    }

    /**
     * The constrained policy fills the width but, once the columns' minimums no longer fit, lets
     * the last ones run off the edge with no scroll bar. Below that width the table switches to
     * the unconstrained policy, which scrolls sideways; above it, back to filling the width.
     */
    /**
     * Names, operating systems and address lists have no typical length: the column keeps a
     * sensible width, and a value it has to cut is shown whole in the cell's tooltip.
     */
    static TableColumn<InstanceRow, String> freeText(TableColumn<InstanceRow, String> column) {
        column.setCellFactory(c -> new WholeValueCell());
        return column;
    }

    /**
     * A text cell whose tooltip carries the whole value when the column cuts it. The tooltip is
     * made when the pointer enters the cell, and only for a cut value: a tooltip is a popup window
     * with a scene of its own (0.2 ms of FX time each, about 1 ms before the code is warm), and one
     * per cell made 100-odd of them in the pulse that gave All servers its first rows, which then
     * held the FX thread for over 100 ms; a whole value shown in full needs none.
     */
    static final class WholeValueCell extends javafx.scene.control.TableCell<InstanceRow, String> {
        private javafx.scene.control.Tooltip whole;

        WholeValueCell() {
            // Installed on entering, the tooltip still sees the pointer's next move, which starts its timer.
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_ENTERED, event -> offerWholeIfCut());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.isEmpty() ? null : item);
            if (getTooltip() != null) {
                setTooltip(null); // another value: checked again when the pointer next enters
            }
        }

        private void offerWholeIfCut() {
            String value = getText();
            // The skin draws the value in its ".text" node, cut to end in an ellipsis when too long.
            boolean cut = value != null && lookup(".text") instanceof Text drawn && !value.equals(drawn.getText());
            if (cut) {
                if (whole == null) {
                    whole = new javafx.scene.control.Tooltip();
                }
                whole.setText(value);
                setTooltip(whole);
            } else if (getTooltip() != null) {
                setTooltip(null);
            }
        }
    }

    private static void scrollSidewaysWhenNarrow(TableView<InstanceRow> table) {
        javafx.beans.InvalidationListener choose = observable -> {
            double minimums = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            boolean narrow = table.getWidth() > 0 && table.getWidth() - SCROLL_BAR_ROOM < minimums;
            var policy = narrow ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        // Unconstrained, the table would ask for the sum of its columns and widen the window past
        // the screen; it takes the width its page gives it and scrolls within that.
        table.setMinWidth(0);
        table.setPrefWidth(MIN_PREF_WIDTH);
        table.widthProperty().addListener(choose);
        table.getVisibleLeafColumns().addListener(choose);
    }

    private static double textWidth(String text) {
        Text probe = new Text(text);
        probe.setFont(Font.getDefault());
        return probe.getLayoutBounds().getWidth();
    }

    private static TableColumn<InstanceRow, String> text(Messages messages, String key,
            Function<InstanceRow, ObservableValue<String>> value, double width) {
        TableColumn<InstanceRow, String> column = new TableColumn<>(messages.get("column." + key));
        column.setId("col-" + key);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<InstanceRow, Number> number(Messages messages, String key,
            Function<InstanceRow, ObservableValue<Number>> value) {
        TableColumn<InstanceRow, Number> column = new TableColumn<>(messages.get("column." + key));
        column.setId("col-" + key);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : trim(item.doubleValue()));
            }
        });
        column.setPrefWidth(110); // room for the "Memory GB" header
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static ObservableValue<StatusBadge.Shown> statusOf(InstanceRow row) {
        return Bindings.createObjectBinding(() -> new StatusBadge.Shown(row.status(), row.isBusy(),
                        row.pendingActionProperty().get(), row.flaggedProperty().get(), row.faultProperty().get()),
                row.statusProperty(), row.busyProperty(), row.pendingActionProperty(), row.flaggedProperty(),
                row.faultProperty());
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String created(String iso) {
        return com.pvsconsole.ui.common.Timestamps.date(iso, java.time.ZoneId.systemDefault());
    }

    /** Marks rows in flight or flagged (ERROR after an action) with the :busy and :flagged pseudo-classes, live. */
    private static final class BusyAwareRow extends TableRow<InstanceRow> {
        private static final javafx.css.PseudoClass BUSY = javafx.css.PseudoClass.getPseudoClass("busy");
        private static final javafx.css.PseudoClass FLAGGED = javafx.css.PseudoClass.getPseudoClass("flagged");
        private final javafx.beans.InvalidationListener restyle = observable -> restyle();
        private InstanceRow watched;

        @Override
        protected void updateItem(InstanceRow row, boolean empty) {
            super.updateItem(row, empty);
            InstanceRow now = empty ? null : row;
            if (watched != now) {
                if (watched != null) {
                    watched.busyProperty().removeListener(restyle);
                    watched.flaggedProperty().removeListener(restyle);
                }
                watched = now;
                if (now != null) {
                    now.busyProperty().addListener(restyle);
                    now.flaggedProperty().addListener(restyle);
                }
            }
            restyle();
        }

        /** Pseudo-classes, not style classes: a style class change restyles the row and all its cells. */
        private void restyle() {
            pseudoClassStateChanged(BUSY, watched != null && watched.isBusy());
            pseudoClassStateChanged(FLAGGED, watched != null && watched.flaggedProperty().get());
        }
    }
}
