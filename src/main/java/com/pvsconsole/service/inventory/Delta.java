package com.pvsconsole.service.inventory;

import java.util.List;
import java.util.Set;

/**
 * What one answer changed in a workspace's list: records new since the last answer, records
 * whose fields changed, and the ids that are gone. Unchanged records are not in it, so views
 * update only the rows that changed.
 */
public record Delta<T>(List<T> added, List<T> changed, Set<String> removed) {

    public Delta {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = Set.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    public static <T> Delta<T> none() {
        return new Delta<>(List.of(), List.of(), Set.of());
    }
}
