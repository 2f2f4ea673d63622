package com.pvsconsole.ui.journal;

import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalEntry;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The History page's state: the journal's entries, newest first, narrowed by a search text (every
 * word must appear). Call {@link #refresh()} after the journal changed; the journal is local, so
 * reading it on the FX thread is cheap.
 */
public final class HistoryViewModel {

    private final ActionJournal journal;
    private final ObservableList<JournalEntry> all = FXCollections.observableArrayList();
    private final FilteredList<JournalEntry> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");

    public HistoryViewModel(ActionJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
        search.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public void refresh() {
        all.setAll(journal.search(search.get()));
    }

    public ObservableList<JournalEntry> entries() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }
}
