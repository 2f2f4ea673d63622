package com.pvsconsole.service.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a query string the way the status chips do, so a chip and typed text are one and the same
 * query: chips keep one {@code status:a,b} term (any of them) and leave every other term alone.
 */
public final class QueryEdits {

    private QueryEdits() {
    }

    /** The values of the first positive, unquoted {@code key:} term, lower-cased; empty if none. */
    public static Set<String> values(String query, SearchKey key) {
        Matcher m = term(key).matcher(query == null ? "" : query);
        Set<String> found = new LinkedHashSet<>();
        if (m.find()) {
            for (String v : m.group(2).split(",")) {
                if (!v.isBlank()) {
                    found.add(v.toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    public static boolean has(String query, SearchKey key, String value) {
        return values(query, key).contains(value.toLowerCase(Locale.ROOT));
    }

    /** Adds {@code value} to the {@code key:} term, or removes it when present (the term goes when empty). */
    public static String toggle(String query, SearchKey key, String value) {
        Set<String> now = values(query, key);
        String v = value.toLowerCase(Locale.ROOT);
        if (!now.remove(v)) {
            now.add(v);
        }
        return withValues(query, key, now);
    }

    /** Sets the {@code key:} term to exactly {@code wanted} (none: removes the term), keeping other terms. */
    public static String withValues(String query, SearchKey key, Set<String> wanted) {
        String text = query == null ? "" : query;
        String replacement = wanted.isEmpty() ? "" : key.token() + ":" + String.join(",", new ArrayList<>(wanted));
        Matcher m = term(key).matcher(text);
        String result;
        if (m.find()) {
            result = text.substring(0, m.start(1)) + replacement + text.substring(m.end(2));
        } else if (replacement.isEmpty()) {
            result = text;
        } else {
            result = text.isBlank() ? replacement : text.stripTrailing() + " " + replacement;
        }
        return tidy(result);
    }

    private static String tidy(String text) {
        return text.strip().replaceAll("\\s{2,}", " ");
    }

    /** A positive {@code key:value} term at a word start; group 1 is the term, group 2 its value. */
    private static Pattern term(SearchKey key) {
        List<String> names = new ArrayList<>();
        names.add(Pattern.quote(key.token()));
        return Pattern.compile("(?:^|(?<=\\s))((?i:" + String.join("|", names) + "):)([^\\s\"]*)(?=\\s|$)");
    }
}
