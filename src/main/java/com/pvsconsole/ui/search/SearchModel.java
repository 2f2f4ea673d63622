package com.pvsconsole.ui.search;

import com.pvsconsole.service.search.Completer;
import com.pvsconsole.service.search.Completion;
import com.pvsconsole.service.search.Query;
import com.pvsconsole.service.search.SearchLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The filter box of one page as a view-model: the text, its parse (terms and errors) and the row
 * predicate built from it, recomputed once per edit. Completions offer the values the page's
 * rows hold, gathered lazily when asked for after the rows changed. UI thread only.
 *
 * @param <T> the page's row type
 */
public final class SearchModel<T> {

    private final SearchLanguage<T> language;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Query> query = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Predicate<T>> predicate = new ReadOnlyObjectWrapper<>(row -> true);
    private final List<ObservableList<T>> sources = new ArrayList<>();
    private Completer completer;

    public SearchModel(SearchLanguage<T> language) {
        this.language = language;
        text.addListener((obs, old, now) -> apply(now));
        apply("");
    }

    private void apply(String now) {
        Query parsed = language.parse(now);
        query.set(parsed);
        predicate.set(language.matcher(parsed));
    }

    /** {@code rows} narrowed by this search (a page may filter several lists with one box), following both the rows and the text. */
    public FilteredList<T> filter(ObservableList<T> rows) {
        sources.add(rows);
        rows.addListener((ListChangeListener<T>) change -> completer = null);
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

    public ReadOnlyObjectProperty<Query> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Predicate<T>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    public String noun() {
        return language.scope().noun();
    }
}
