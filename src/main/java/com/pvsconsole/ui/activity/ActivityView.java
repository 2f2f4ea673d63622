package com.pvsconsole.ui.activity;

import static com.pvsconsole.ui.resources.ResourceTables.keepingWidth;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Running tasks on top, the history of finished ones below (outcome, duration, error and hint). */
public final class ActivityView extends View<VBox> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ActivityViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;
    private TableView<ActivityEntry> running;
    private TableView<ActivityEntry> history;

    public ActivityView(ActivityViewModel model, DialogService dialogs, Messages messages, ZoneId zone) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    protected VBox createView() {
        running = new TableView<>(model.running());
        running.setId("activity-running");
        running.setPrefHeight(160);
        running.setPlaceholder(new Label(messages.get("activity.noneRunning")));
        // Short columns (times, outcome, duration) keep their width in a narrow window; the long ones
        // give way (at 1024 px the finished table once read "Finis...", "Outco..." and "Succe...").
        running.getColumns().add(keepingWidth(column("activity.started", e -> Timestamps.time(e.started(), zone), 90)));
        running.getColumns().add(column("activity.task", ActivityEntry::name, 180));
        running.getColumns().add(column("activity.target", ActivityEntry::target, 200));
        running.getColumns().add(column("activity.progress", ActivityView::progress, 300));
        running.getColumns().add(keepingWidth(cancelColumn()));
        running.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        history = new TableView<>(model.history());
        history.setId("activity-history");
        history.setPlaceholder(new Label(messages.get("activity.noneFinished")));
        history.getColumns().add(keepingWidth(column("activity.finished", e -> Timestamps.time(e.finished(), zone), 90)));
        TableColumn<ActivityEntry, String> task = column("activity.task", ActivityEntry::name, 160);
        task.setMinWidth(150); // "Load workspaces" and the like, whole
        history.getColumns().add(task);
        history.getColumns().add(column("activity.target", ActivityEntry::target, 180));
        history.getColumns().add(keepingWidth(column("activity.outcome",
                e -> messages.get("activity.outcome." + e.outcome().name().toLowerCase(Locale.ROOT)), 100)));
        history.getColumns().add(keepingWidth(column("activity.duration", e -> duration(e.duration(e.finished())), 90)));
        TableColumn<ActivityEntry, String> error = column("activity.error",
                e -> e.failure().map(ActivityView::failure).orElse(""), 420);
        error.setCellFactory(c -> new WrappingCell()); // the hint in full, never cut with "…"
        history.getColumns().add(error);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(history, Priority.ALWAYS);

        Label runningTitle = new Label(messages.get("activity.running"));
        runningTitle.getStyleClass().add(Styles.TITLE_4);
        Label historyTitle = new Label(messages.get("activity.history"));
        historyTitle.getStyleClass().add(Styles.TITLE_4);
        VBox page = new VBox(8, runningTitle, running, historyTitle, history);
        page.setId("activity-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    @Override
    protected void initListeners() {
        MenuItem copy = new MenuItem(messages.get("problem.copy"));
        copy.setOnAction(event -> {
            ActivityEntry entry = history.getSelectionModel().getSelectedItem();
            if (entry != null) {
                dialogs.copyToClipboard(entry.failure().map(p -> p.details())
                        .orElse(entry.name() + " " + entry.target() + ": " + entry.outcome()));
            }
        });
        history.setContextMenu(new ContextMenu(copy));
    }

    private TableColumn<ActivityEntry, String> column(String key, Function<ActivityEntry, String> value, double width) {
        TableColumn<ActivityEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A Cancel button on each running entry the user may stop (an action request still on its way). */
    private TableColumn<ActivityEntry, ActivityEntry> cancelColumn() {
        TableColumn<ActivityEntry, ActivityEntry> column = new TableColumn<>("");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new CancelCell());
        column.setSortable(false);
        column.setPrefWidth(100);
        return column;
    }

    private final class CancelCell extends TableCell<ActivityEntry, ActivityEntry> {
        private final Button button = new Button(messages.get("activity.cancel"));

        CancelCell() {
            button.getStyleClass().addAll(Styles.SMALL, "activity-cancel");
            button.setOnAction(event -> {
                if (getItem() != null) {
                    model.cancel(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ActivityEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null || !item.cancellable() ? null : button);
        }
    }

    /** A failed job got an answer (no HTTP status to show) but has the service's message. */
    private static String failure(com.pvsconsole.service.problem.Problem p) {
        String status = p.status() > 0 || p.retryable() ? p.statusLabel() + " " : "";
        String server = p.serverMessage().isBlank() ? "" : ": " + p.serverMessage();
        return status + p.title() + server + " — " + p.hint();
    }

    /** A cell that wraps its text over as many lines as it needs. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<ActivityEntry, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("wrapping-cell-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isBlank();
            text.setText(blank ? "" : item);
            setGraphic(blank ? null : text);
            setText(null);
        }
    }

    private static String progress(ActivityEntry entry) {
        String percent = entry.progress() < 0 ? "" : Math.round(entry.progress() * 100) + "% ";
        return percent + entry.progressMessage();
    }

    private static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
