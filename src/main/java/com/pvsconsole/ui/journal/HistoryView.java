package com.pvsconsole.ui.journal;

import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.ui.code.CopyAsCode;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.search.SearchField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The History page: every mutating request the console sent (the action journal), newest first,
 * with the pages' search field, and Copy as code for the selected entry (button and context menu).
 */
public final class HistoryView extends View<VBox> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private TableView<JournalEntry> table;
    private Button copyAsCode;

    public HistoryView(HistoryViewModel model, DialogService dialogs, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    protected VBox createView() {
        table = new TableView<>(model.entries());
        table.setId("history-table");
        table.setPlaceholder(new Label(messages.get("history.empty")));
        table.getColumns().add(column("history.time", e -> TIME.format(e.createdAt())));
        table.getColumns().add(column("history.account", JournalEntry::account));
        table.getColumns().add(column("history.action", JournalEntry::action));
        table.getColumns().add(column("history.target", model::target));
        table.getColumns().add(column("history.workspace", model::workspace));
        table.getColumns().add(column("history.state", e -> messages.get("history.state." + e.state().name())));
        table.getColumns().add(column("history.problem", e -> e.problem() == null ? "" : e.problem()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setContextMenu(new ContextMenu(CopyAsCode.menuItem("history", this::selectedCode, dialogs, messages)));
        copyAsCode = CopyAsCode.button("history", this::selectedCode, dialogs, messages);
        Label title = new Label(messages.get("nav.history"));
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, copyAsCode, spacer,
                new SearchField("history-search", model.search(), messages).placeholderOf(table));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, bar, table);
        root.setPadding(new Insets(8));
        root.setId("history");
        return root;
    }

    private Optional<com.pvsconsole.service.code.GeneratedCode> selectedCode() {
        Optional<com.pvsconsole.service.code.GeneratedCode> code = model.copyAsCode(selected());
        if (code.isEmpty() && selected() != null) {
            dialogs.notify(messages.get("history.noCode", selected().action()));
        }
        return code;
    }

    private TableColumn<JournalEntry, String> column(String key, Function<JournalEntry, String> value) {
        TableColumn<JournalEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    @Override
    protected void initListeners() {
        copyAsCode.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    /** The selected entry. */
    public JournalEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }
}
