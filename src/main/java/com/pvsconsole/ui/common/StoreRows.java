package com.pvsconsole.ui.common;

import com.pvsconsole.service.inventory.Delta;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Applies a store {@link Delta} to a page's list in place, by id: changed records replace their
 * row where it stands, removed ones go, new ones are appended. Untouched rows stay the same
 * objects, so selection, scroll and sort survive a refresh.
 */
public final class StoreRows {

    private StoreRows() {
    }

    public static <T> void apply(ObservableList<T> rows, Delta<T> delta, Function<T, String> id) {
        if (delta.isEmpty()) {
            return;
        }
        if (!delta.removed().isEmpty()) {
            rows.removeIf(row -> delta.removed().contains(id.apply(row)));
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            at.put(id.apply(rows.get(i)), i);
        }
        for (T changed : delta.changed()) {
            Integer index = at.get(id.apply(changed));
            if (index != null) {
                rows.set(index, changed);
            } else {
                rows.add(changed);
            }
        }
        for (T added : delta.added()) {
            Integer index = at.get(id.apply(added));
            if (index != null) {
                rows.set(index, added);
            } else {
                rows.add(added);
            }
        }
    }

    /**
     * Brings {@code rows} to {@code fresh} by id, touching only what differs: rows no longer there go, rows whose
     * content changed (by {@code equals}) are replaced where they stand, new ones are appended. For pages that
     * project several store kinds into one row (a pool with its members), where one kind's delta is not enough.
     */
    public static <T> void sync(ObservableList<T> rows, List<T> fresh, Function<T, String> id) {
        Map<String, T> wanted = new LinkedHashMap<>();
        fresh.forEach(row -> wanted.putIfAbsent(id.apply(row), row));
        if (rows.stream().anyMatch(row -> !wanted.containsKey(id.apply(row)))) {
            rows.removeIf(row -> !wanted.containsKey(id.apply(row)));
        }
        Set<String> present = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = id.apply(rows.get(i));
            present.add(key);
            T next = wanted.get(key);
            if (!Objects.equals(next, rows.get(i))) {
                rows.set(i, next);
            }
        }
        wanted.forEach((key, row) -> {
            if (!present.contains(key)) {
                rows.add(row);
            }
        });
    }
}
