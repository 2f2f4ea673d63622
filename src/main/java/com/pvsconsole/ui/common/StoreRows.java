package com.pvsconsole.ui.common;

import com.pvsconsole.service.inventory.Delta;
import java.util.HashMap;
import java.util.Map;
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
}
