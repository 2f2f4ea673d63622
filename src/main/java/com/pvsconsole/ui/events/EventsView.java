package com.pvsconsole.ui.events;

import static com.pvsconsole.ui.resources.ResourceTables.keepingWidth;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.PageHeader;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The events timeline: range, level, resource and text filters over a sortable table, newest first. */
public final class EventsView extends View<VBox> {

    private static final List<String> LEVELS = List.of("", "error", "warning", "notice", "info");

    private final EventsViewModel model;
    private final ExportMenu export;
    private final DialogService dialogs;
    private final Messages messages;
    private ComboBox<EventWindow> window;
    private DatePicker from;
    private DatePicker to;
    private Label rangeError;
    private ComboBox<String> level;
    private ComboBox<String> resource;
    private CustomTextField filter;
    private Label count;
    private TableView<Event> table;

    public EventsView(EventsViewModel model, ExportMenu export, DialogService dialogs, Messages messages) {
        this.model = model;
        this.export = export;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        count = new Label();
        count.setId("events-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        table = createTable();
        HBox header = new PageHeader("events", messages.get("nav.events"), model.loadingProperty(), model::reload,
                messages).left(count).right(export.forTable("events", "events", table)).row();

        window = new ComboBox<>();
        window.setId("events-window");
        window.getItems().setAll(EventWindow.values());
        window.setCellFactory(list -> cell(w -> messages.get("events.window." + w.key())));
        window.setButtonCell(cell(w -> messages.get("events.window." + w.key())));
        from = new DatePicker();
        from.setId("events-from");
        from.setPrefWidth(150);
        from.setMinWidth(150);
        to = new DatePicker();
        to.setId("events-to");
        to.setPrefWidth(150);
        to.setMinWidth(150);
        rangeError = new Label();
        rangeError.setId("events-range-error");
        rangeError.getStyleClass().add(Styles.DANGER);
        level = new ComboBox<>();
        level.setId("events-level");
        level.getItems().setAll(LEVELS);
        level.setCellFactory(list -> cell(l -> l.isEmpty() ? messages.get("events.level.all") : l));
        level.setButtonCell(cell(l -> l.isEmpty() ? messages.get("events.level.all") : l));
        resource = new ComboBox<>();
        resource.setId("events-resource");
        resource.getItems().setAll("");
        resource.setCellFactory(list -> cell(r -> r.isEmpty() ? messages.get("events.resource.all") : r));
        resource.setButtonCell(cell(r -> r.isEmpty() ? messages.get("events.resource.all") : r));
        filter = new CustomTextField();
        filter.setId("events-filter");
        filter.setPromptText(messages.get("events.filter"));
        filter.setLeft(Icons.icon(MaterialDesignM.MAGNIFY));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filters = new HBox(8, window, from, to, rangeError, level, resource, filter);
        filters.setAlignment(Pos.CENTER_LEFT);

        ProblemBanner banner = new ProblemBanner("events", model.problemProperty(), model::dismissProblem, dialogs,
                messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(8, header, filters, banner, table);
        page.setId("events-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    private TableView<Event> createTable() {
        TableView<Event> events = new TableView<>();
        events.setId("events-table");
        events.getStyleClass().add(Styles.STRIPED);
        SortedList<Event> sorted = new SortedList<>(model.shownEvents());
        sorted.comparatorProperty().bind(events.comparatorProperty());
        events.setItems(sorted);
        events.setPlaceholder(new Label(messages.get("events.empty")));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The level, the time and the resource keep their width in a narrow window (at 1024 px they
        // read "war...", "2026-11-25 ..." and "pvm-ins..."); the message gives way.
        TableColumn<Event, String> levelColumn = keepingWidth(column("level", Event::level, 105));
        levelColumn.setCellFactory(c -> new EventLevelCell<>());
        List<TableColumn<Event, String>> columns = new ArrayList<>(List.of(levelColumn,
                keepingWidth(column("time", e -> EventTexts.time(e, model.zone()), 165)),
                keepingWidth(column("resource", Event::resource, 110)),
                column("action", Event::action, 90),
                column("user", EventTexts::user, 130),
                column("message", Event::message, 480)));
        events.getColumns().addAll(columns);
        return events;
    }

    private TableColumn<Event, String> column(String key, Function<Event, String> value, double width) {
        TableColumn<Event, String> column = new TableColumn<>(messages.get("column." + key));
        column.setId("events-col-" + key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                java.util.Objects.requireNonNullElse(value.apply(cell.getValue()), "")));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @Override
    protected void initListeners() {
        // The store lists the workspace's events only while this page is on screen.
        root().parentProperty().addListener((obs, old, now) -> model.setShown(now != null));
        window.valueProperty().bindBidirectional(model.windowProperty());
        from.valueProperty().bindBidirectional(model.customFromProperty());
        to.valueProperty().bindBidirectional(model.customToProperty());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.visibleProperty().bind(model.windowProperty().isEqualTo(EventWindow.CUSTOM));
            picker.managedProperty().bind(picker.visibleProperty());
        }
        rangeError.textProperty().bind(model.rangeErrorProperty());
        rangeError.visibleProperty().bind(model.rangeErrorProperty().isNotEmpty());
        rangeError.managedProperty().bind(rangeError.visibleProperty());
        level.setValue("");
        level.valueProperty().addListener((obs, old, now) -> model.levelProperty().set(now));
        resource.setValue("");
        resource.valueProperty().addListener((obs, old, now) -> model.resourceProperty().set(now));
        model.resources().addListener((ListChangeListener<String>) change -> showResources());
        showResources();
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        count.textProperty().bind(model.countProperty());
    }

    /** Keeps the chosen resource when it is still among the loaded ones. */
    private void showResources() {
        String chosen = resource.getValue();
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(model.resources());
        resource.getItems().setAll(items);
        resource.setValue(chosen != null && items.contains(chosen) ? chosen : "");
    }
}
