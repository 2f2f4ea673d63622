package com.pvsconsole.ui.journal;

import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The History page: the action journal in a table, with a search field. */
public final class HistoryView extends View<VBox> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel model;
    private final Messages messages;
    private TextField search;
    private TableView<JournalEntry> table;

    public HistoryView(HistoryViewModel model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    protected VBox createView() {
        search = new TextField();
        search.setId("history-search");
        search.setPromptText(messages.get("history.search"));
        table = new TableView<>(model.entries());
        table.setId("history-table");
        table.getColumns().add(column("history.time", e -> TIME.format(e.createdAt())));
        table.getColumns().add(column("history.account", JournalEntry::account));
        table.getColumns().add(column("history.action", JournalEntry::action));
        table.getColumns().add(column("history.target", e -> e.target() == null ? ""
                : e.target().resourceName() + " (" + e.target().workspaceName() + ")"));
        table.getColumns().add(column("history.state", e -> messages.get("history.state." + e.state().name())));
        table.getColumns().add(column("history.problem", e -> e.problem() == null ? "" : e.problem()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, search, table);
        root.setPadding(new Insets(8));
        root.setId("history");
        return root;
    }

    private TableColumn<JournalEntry, String> column(String key, Function<JournalEntry, String> value) {
        TableColumn<JournalEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    @Override
    protected void initListeners() {
        search.textProperty().bindBidirectional(model.searchProperty());
    }

    /** The selected entry, for a Copy-as-code or Explain action the page adds. */
    public JournalEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }
}
