package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.pvsconsole.ui.common.FittedColumns;
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
import javafx.scene.text.Text;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** Builds the virtualized, sortable instance table and its column chooser. */
final class InstanceTable {

    /** A value wider than this (a server with many addresses) is cut, and shown whole in its tooltip. */
    private static final double LONG_VALUE_CAP = 380;
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

        TableColumn<InstanceRow, StatusBadge.Shown> status = new TableColumn<>(messages.get("column.status"));
        status.setId("col-status");
        // Room for the badge, the spinner and the pending action ("SHUTOFF ◌ Starting…").
        status.setPrefWidth(165);
        status.setMinWidth(150);
        status.setCellValueFactory(cell -> statusOf(cell.getValue()));
        status.setComparator(java.util.Comparator.comparing(StatusBadge.Shown::status));
        status.setCellFactory(column -> new StatusBadge());
        TableSnapshot.exportText(status, shown -> shown == null ? "" : shown.status());
        TableColumn<InstanceRow, String> name = freeText(text(messages, "name", InstanceRow::nameProperty, 150));
        table.getColumns().add(name);
        if (model.isFleet()) {
            // All servers: where each server lives, so same-named workspaces in two regions never blur.
            table.getColumns().add(text(messages, "region", row -> new ReadOnlyStringWrapper(row.scope().region()), 90));
            table.getColumns().add(freeText(text(messages, "workspace",
                    row -> new ReadOnlyStringWrapper(row.scope().workspaceName()), 120)));
        }
        table.getColumns().addAll(List.of(
                status,
                text(messages, "health", InstanceRow::healthProperty, 85),
                freeText(text(messages, "os", InstanceRow::osProperty, 120)),
                text(messages, "processors", row -> Bindings.createStringBinding(
                        () -> processors(row), row.processorsProperty(), row.procTypeProperty()), 110),
                number(messages, "memory", InstanceRow::memoryGbProperty),
                text(messages, "sysType", InstanceRow::sysTypeProperty, 80),
                freeText(text(messages, "ips", InstanceRow::ipsProperty, 140)),
                text(messages, "created", row -> Bindings.createStringBinding(
                        () -> created(row.createdProperty().get()), row.createdProperty()), 100)));
        fitColumns(table, name, model.allRows());
        table.setRowFactory(view -> new BusyAwareRow());
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
     * Names, operating systems and address lists have no typical length: the column grows to the
     * widest up to a cap, and a value it has to cut is shown whole in the cell's tooltip.
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

    /**
     * Every column as wide as its header and its widest value over all rows (not only the filtered
     * ones, so typing a query never moves the columns); the table scrolls sideways when they do not
     * fit, and spare width goes to the name. Long values (a server with many addresses) are cut at
     * a cap, and their cell offers the whole value in a tooltip.
     */
    private static void fitColumns(TableView<InstanceRow> table, TableColumn<InstanceRow, String> name,
            javafx.collections.ObservableList<InstanceRow> rows) {
        FittedColumns<InstanceRow> fitted = FittedColumns.install(table, name);
        fitted.measuring(name, rows, row -> row.nameProperty().get(), LONG_VALUE_CAP);
        for (TableColumn<InstanceRow, ?> column : table.getColumns()) {
            java.util.function.Function<InstanceRow, String> value = switch (column.getId()) {
                case "col-region" -> row -> row.scope().region();
                case "col-workspace" -> row -> row.scope().workspaceName();
                case "col-health" -> row -> row.healthProperty().get();
                case "col-os" -> row -> row.osProperty().get();
                case "col-processors" -> InstanceTable::processors;
                case "col-memory" -> row -> trim(row.memoryGbProperty().get());
                case "col-sysType" -> row -> row.sysTypeProperty().get();
                case "col-ips" -> row -> row.ipsProperty().get();
                default -> null; // the name above; the status badge keeps its own width
            };
            if (value != null) {
                fitted.measuring(column, rows, value, LONG_VALUE_CAP);
            }
        }
        // Dates all have one shape: one sample instead of formatting every row's date to measure it.
        table.getColumns().stream().filter(column -> "col-created".equals(column.getId())).findFirst()
                .ifPresent(column -> fitted.fitting(column, "2026-11-30"));
    }

    private static String processors(InstanceRow row) {
        return trim(row.processorsProperty().get()) + " " + row.procTypeProperty().get();
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
        column.setPrefWidth(60); // the header with its sort arrow is fitted in FittedColumns
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
