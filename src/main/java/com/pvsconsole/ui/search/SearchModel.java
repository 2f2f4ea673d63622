package com.pvsconsole.ui.search;

import com.pvsconsole.service.search.Completer;
import com.pvsconsole.service.search.Completion;
import com.pvsconsole.service.search.Query;
import com.pvsconsole.service.search.QueryRunner;
import com.pvsconsole.service.search.SearchKey;
import com.pvsconsole.service.search.SearchLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The filter box of one page as a view-model: the text, its parse (terms and errors) and the row
 * predicate built from it, recomputed once per edit. Completions offer the values the page's
 * rows hold, gathered lazily when asked for after the rows changed. Large tables may be tested
 * off the UI thread (see the second constructor). UI thread only.
 *
 * @param <T> the page's row type
 */
public final class SearchModel<T> {

    private final SearchLanguage<T> language;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Query> query = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Predicate<T>> predicate = new ReadOnlyObjectWrapper<>(row -> true);
    private final List<ObservableList<T>> sources = new ArrayList<>();
    /** The id of the row to select once it shows (a Ctrl+K jump); null when none is asked for. */
    private final ObjectProperty<String> reveal = new SimpleObjectProperty<>(this, "reveal");
    private final QueryRunner runner;
    private final Function<T, Object> version;
    private final int offThreadFrom;
    private Completer completer;
    /** The predicate of the text in the box: what the rows must match once the search settles. */
    private Predicate<T> wanted = row -> true;
    /** The predicate being tested off the UI thread, if any; later texts wait for it (coalesced). */
    private Predicate<T> testing;
    /**
     * The rows as of their last change, handed to the search thread and never changed after: kept
     * across keystrokes, since copying 10,000 rows was the biggest part of a key's own handling.
     */
    private List<T> snapshot;

    /** A search that tests the rows on the UI thread at each edit (small tables). */
    public SearchModel(SearchLanguage<T> language) {
        this(language, null, row -> row, Integer.MAX_VALUE);
    }

    /**
     * A search that tests tables of {@code offThreadFrom} rows or more on {@code runner}'s
     * thread: the typed character is drawn at once, the rows follow in one change when the test
     * ends, and edits typed meanwhile are coalesced (only the last text is tested next).
     * {@code version} gives an immutable value that changes whenever a row's searched fields do;
     * the language's scope must read rows only through such values, so the test is safe off the
     * UI thread.
     */
    public SearchModel(SearchLanguage<T> language, QueryRunner runner, Function<T, Object> version, int offThreadFrom) {
        this.language = language;
        this.runner = runner;
        this.version = version;
        this.offThreadFrom = offThreadFrom;
        text.addListener((obs, old, now) -> apply(now));
        apply("");
    }

    private void apply(String now) {
        Query parsed = language.parse(now);
        query.set(parsed);
        wanted = language.matcher(parsed);
        if (runner == null || rowCount() < offThreadFrom) {
            predicate.set(wanted);
        } else if (testing == null) {
            test(wanted);
        }
    }

    private void test(Predicate<T> candidate) {
        testing = candidate;
        if (snapshot == null) {
            List<T> copy = new ArrayList<>(rowCount());
            sources.forEach(copy::addAll);
            snapshot = Collections.unmodifiableList(copy);
        }
        runner.match(snapshot, version, candidate)
                .onSuccess(matches -> settled(candidate, row -> {
                    Boolean known = matches.of(row, version.apply(row));
                    // Rows added or changed since the snapshot are tested as they come.
                    return known != null ? known : candidate.test(row);
                }))
                .onFailure(problem -> settled(candidate, candidate))
                .onCancelled(() -> settled(candidate, candidate));
    }

    /** The last text wins: a result for an older text is dropped and the newest is tested instead. */
    private void settled(Predicate<T> candidate, Predicate<T> result) {
        testing = null;
        if (candidate != wanted) {
            test(wanted);
        } else {
            predicate.set(result);
        }
    }

    private int rowCount() {
        int count = 0;
        for (ObservableList<T> rows : sources) {
            count += rows.size();
        }
        return count;
    }

    /** True while the rows shown may not yet match the text in the box (a test is running). */
    public boolean isSettling() {
        return testing != null;
    }

    /** {@code rows} narrowed by this search (a page may filter several lists with one box), following both the rows and the text. */
    public FilteredList<T> filter(ObservableList<T> rows) {
        sources.add(rows);
        rows.addListener((ListChangeListener<T>) change -> {
            completer = null;
            snapshot = null;
        });
        FilteredList<T> shown = new FilteredList<>(rows);
        shown.predicateProperty().bind(predicate);
        return shown;
    }

    /** Suggestions at {@code caret}: the page's keys, or the values its rows hold for the key typed. */
    public List<Completion> complete(String typed, int caret) {
        if (completer == null) {
            List<T> all = new ArrayList<>();
            sources.forEach(all::addAll);
            completer = new Completer(language.scope(), language.completionValues(all));
        }
        return completer.complete(typed, caret);
    }

    public StringProperty textProperty() {
        return text;
    }

    /**
     * Asks the page's table to select the row with this id once it is shown (Ctrl+K filters to
     * the name and reveals the id: names may repeat). The table clears the request when it has
     * selected the row; see {@link SearchField#revealsIn}.
     */
    public void reveal(String id) {
        reveal.set(id);
    }

    /** The id of the row the table should select once it shows; null when none is asked for. */
    public ObjectProperty<String> revealProperty() {
        return reveal;
    }

    public ReadOnlyObjectProperty<Query> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Predicate<T>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    public String noun() {
        return language.scope().noun();
    }

    /** The keys this page's rows can be searched by, in the language's order. */
    public List<SearchKey> keys() {
        return language.scope().keys();
    }
}
