package com.pvsconsole.service.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Completions for the filter box: the page's keys while a key is being typed, and the values the
 * data holds (statuses, regions, workspaces...) once a key and its {@code :} are there.
 */
public final class Completer {

    private static final int LIMIT = 12;

    private final SearchScope<?> scope;
    private final Map<SearchKey, List<String>> values;

    /** @param values the distinct values per key, e.g. from {@link #valuesOf} */
    public Completer(SearchScope<?> scope, Map<SearchKey, ? extends Collection<String>> values) {
        this.scope = scope;
        Map<SearchKey, List<String>> copy = new EnumMap<>(SearchKey.class);
        values.forEach((key, list) -> copy.put(key, List.copyOf(new TreeSet<>(list))));
        this.values = copy;
    }

    /** The distinct values of the scope's enumerable keys over {@code rows}, sorted. */
    public static <T> Map<SearchKey, List<String>> valuesOf(SearchScope<T> scope, Collection<? extends T> rows) {
        Map<SearchKey, List<String>> found = new EnumMap<>(SearchKey.class);
        for (SearchKey key : scope.keys()) {
            if (key.isEnumerable()) {
                TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                rows.forEach(row -> scope.collect(key, row, distinct));
                found.put(key, List.copyOf(distinct));
            }
        }
        return found;
    }

    /** Suggestions for the word the caret is in (or just after). */
    public List<Completion> complete(String text, int caret) {
        int end = Math.max(0, Math.min(caret, text.length()));
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
        }
        int to = wordEnd;
        int from = start < end && text.charAt(start) == '-' ? start + 1 : start;
        String typed = text.substring(from, end);
        int colon = typed.indexOf(':');
        if (colon < 0) {
            return keys(typed, from, to);
        }
        return SearchKey.byToken(typed.substring(0, colon)).filter(scope::supports)
                .map(key -> values(key, typed.substring(colon + 1), from + colon + 1, to))
                .orElse(List.of());
    }

    private List<Completion> keys(String typed, int from, int to) {
        String prefix = typed.toLowerCase(Locale.ROOT);
        List<Completion> found = new ArrayList<>();
        for (SearchKey key : scope.keys()) {
            if (key.token().startsWith(prefix) && !key.token().equals(prefix)) {
                String insert = key.token() + (key.isNumeric() ? ">=" : ":");
                found.add(new Completion(insert, insert, from, to));
            }
        }
        return found;
    }

    private List<Completion> values(SearchKey key, String typedValue, int from, int to) {
        // In a comma list only the last item is being typed.
        int comma = typedValue.lastIndexOf(',');
        int valueFrom = from + comma + 1;
        String prefix = typedValue.substring(comma + 1).replace("\"", "").toLowerCase(Locale.ROOT);
        List<Completion> starts = new ArrayList<>();
        List<Completion> contains = new ArrayList<>();
        for (String value : values.getOrDefault(key, List.of())) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals(prefix)) {
                continue;
            }
            String insert = value.chars().anyMatch(Character::isWhitespace) ? '"' + value + '"' : value;
            Completion completion = new Completion(value, insert, valueFrom, to);
            if (lower.startsWith(prefix)) {
                starts.add(completion);
            } else if (lower.contains(prefix)) {
                contains.add(completion);
            }
        }
        starts.addAll(contains);
        return starts.size() > LIMIT ? List.copyOf(starts.subList(0, LIMIT)) : List.copyOf(starts);
    }
}
