package com.pvsconsole.ui.search;

import com.pvsconsole.service.settings.SavedView;
import com.pvsconsole.service.settings.SettingsService;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The All servers page's saved views (a name, a query and the visible columns) as the navigation
 * lists them. Kept in the settings, so they survive a restart; saving under a name that exists
 * replaces that view in place. UI thread only.
 */
public final class SavedViews {

    private final SettingsService settings;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> readOnly = FXCollections.unmodifiableObservableList(views);

    public SavedViews(SettingsService settings) {
        this.settings = settings;
        views.setAll(settings.current().savedViews());
    }

    public ObservableList<SavedView> views() {
        return readOnly;
    }

    /** Saves {@code query} and {@code columns} as {@code name}; a blank name saves nothing. */
    public void save(String name, String query, List<String> columns) {
        SavedView view = new SavedView(name, query, columns);
        if (view.name().isEmpty()) {
            return;
        }
        views.setAll(settings.update(s -> s.withSavedView(view)).savedViews());
    }

    public void remove(SavedView view) {
        views.setAll(settings.update(s -> s.withoutSavedView(view.name())).savedViews());
    }

    /** Whether saving as {@code name} would replace a view, so the form can say so. */
    public boolean exists(String name) {
        return settings.current().savedView(name).isPresent();
    }
}
