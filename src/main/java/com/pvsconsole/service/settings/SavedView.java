package com.pvsconsole.service.settings;

import java.util.List;
import java.util.Objects;

/**
 * A saved search of the All servers page, listed in the navigation: its name, the query text, and
 * the ids of the columns it shows (empty: the table's default columns).
 */
public record SavedView(String name, String query, List<String> columns) {

    public SavedView {
        name = Objects.requireNonNullElse(name, "").strip();
        query = Objects.requireNonNullElse(query, "");
        columns = columns == null ? List.of()
                : columns.stream().filter(id -> id != null && !id.isBlank()).toList();
    }

    boolean isUsable() {
        return !name.isEmpty();
    }
}
