package com.pvsconsole.service.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges a fresh list answer into the last one by id. Pure and thread-safe, so the comparison
 * of thousands of records runs on the worker that fetched them, not on the FX thread.
 *
 * @param merged the new contents, in the service's order (unmodifiable)
 * @param delta  what changed against {@code base}
 * @param base   the contents the delta was computed against; if the store moved on meanwhile the
 *               delta is recomputed against what it holds now
 */
public record ListMerge<T>(Map<String, T> merged, Delta<T> delta, Map<String, T> base) {

    public static <T> ListMerge<T> of(Map<String, T> base, List<T> fresh, Function<T, String> id) {
        Map<String, T> merged = new LinkedHashMap<>(fresh.size() * 2);
        List<T> added = new ArrayList<>();
        List<T> changed = new ArrayList<>();
        for (T item : fresh) {
            String key = id.apply(item);
            if (key == null || merged.containsKey(key)) {
                continue; // an id-less or duplicate record cannot be matched on the next answer
            }
            T before = base.get(key);
            if (before == null) {
                added.add(item);
            } else if (!Objects.equals(before, item)) {
                changed.add(item);
            } else {
                // Unchanged: keep the record the store (and the rows shown) already hold, so a
                // refresh does not leave two equal copies of every record alive (P6: memory).
                item = before;
            }
            merged.put(key, item);
        }
        Set<String> removed = new HashSet<>(base.keySet());
        removed.removeAll(merged.keySet());
        return new ListMerge<>(Collections.unmodifiableMap(merged), new Delta<>(added, changed, removed), base);
    }

    /** The same answer merged against {@code current} when the store changed since {@link #base}. */
    public ListMerge<T> rebase(Map<String, T> current, Function<T, String> id) {
        return current == base ? this : of(current, List.copyOf(merged.values()), id);
    }
}
