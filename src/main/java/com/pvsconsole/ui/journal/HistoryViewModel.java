package com.pvsconsole.ui.journal;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalCode;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.SearchScope;
import com.pvsconsole.ui.search.SearchModel;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The History page's state: the journal's entries, newest first, narrowed by the same search
 * language as the other pages ({@code name:}, {@code id:}, {@code status:}, {@code region:},
 * {@code ws:}, {@code type:} for the action, and free text). The journal is written from worker
 * threads; its changes reach the list through {@code uiThread}. Copy as code works from the request
 * the journal kept.
 */
public final class HistoryViewModel {

    private final ActionJournal journal;
    private final JournalCode code;
    private final Function<String, Optional<String>> workspaceNames;
    private final ObservableList<JournalEntry> all = FXCollections.observableArrayList();
    private final SearchModel<JournalEntry> search;
    private final FilteredList<JournalEntry> shown;
    private final Consumer<JournalEntry> onChange;
    private java.util.function.BiFunction<String, String, Optional<String>> resourceNames = (ws, id) -> Optional.empty();

    /**
     * @param workspaceNames the workspace's name for its id, when the inventory knows it
     * @param uiThread       where the list is updated after the journal changed
     */
    public HistoryViewModel(ActionJournal journal, JournalCode code, Function<String, Optional<String>> workspaceNames,
            Executor uiThread) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.code = Objects.requireNonNull(code, "code");
        this.workspaceNames = Objects.requireNonNull(workspaceNames, "workspaceNames");
        this.search = new SearchModel<>(new SearchLanguage<>(SearchScope.<JournalEntry>of("history entries")
                .textInFreeText(SearchKey.NAME, this::target)
                .textInFreeText(SearchKey.ID, e -> e.target() == null ? null : e.target().resourceId())
                .textInFreeText(SearchKey.STATUS, e -> e.state().name())
                .text(SearchKey.REGION, e -> e.target() == null ? null : e.target().region())
                .textInFreeText(SearchKey.WORKSPACE, this::workspace)
                .textInFreeText(SearchKey.TYPE, JournalEntry::action)
                .freeTextOnly(JournalEntry::account)
                .freeTextOnly(e -> e.problem() == null ? "" : e.problem())
                .build(), RegionCatalog.loadDefault()));
        this.shown = search.filter(all);
        Executor ui = Objects.requireNonNull(uiThread, "uiThread");
        this.onChange = entry -> ui.execute(this::refresh);
        journal.addListener(onChange);
        refresh();
    }

    /**
     * Names objects the journal knows only by id (a stop, a delete) from what the console has loaded:
     * {@code names} maps (workspace id, object id) to the object's name.
     */
    public HistoryViewModel namingObjectsWith(java.util.function.BiFunction<String, String, Optional<String>> names) {
        this.resourceNames = Objects.requireNonNull(names, "names");
        all.setAll(journal.entries());
        return this;
    }

    /** The object's name: recorded, or known to the console now, else its id. */
    public String target(JournalEntry e) {
        if (e.target() == null) {
            return "";
        }
        String name = e.target().resourceName();
        String id = e.target().resourceId();
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (id == null) {
            return "";
        }
        return resourceNames.apply(e.target().workspaceName(), id).orElse(id);
    }

    public void refresh() {
        all.setAll(journal.entries());
    }

    /** Stops following the journal (the page is gone). */
    public void close() {
        journal.removeListener(onChange);
    }

    public ObservableList<JournalEntry> entries() {
        return shown;
    }

    public SearchModel<JournalEntry> search() {
        return search;
    }

    /** The workspace's name where known, else its id. */
    public String workspace(JournalEntry entry) {
        if (entry.target() == null) {
            return "";
        }
        String id = entry.target().workspaceName();
        return id == null ? "" : workspaceNames.apply(id).orElse(id);
    }

    /** The entry's request as CLI, curl and Terraform; empty for requests without a code form. */
    public Optional<GeneratedCode> copyAsCode(JournalEntry entry) {
        return entry == null ? Optional.empty() : code.of(entry, all);
    }
}
