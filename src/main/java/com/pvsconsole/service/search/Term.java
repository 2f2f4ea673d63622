package com.pvsconsole.service.search;

import java.util.List;

/**
 * One valid term of a query. {@code key} is null for free text. Text terms carry one or more
 * values (a comma list means any of them); numeric terms carry {@code number}.
 *
 * @param start first character of the term in the query text (including a leading {@code -})
 * @param end   one past its last character
 */
public record Term(SearchKey key, Comparison comparison, List<String> values, double number, boolean negated,
                   int start, int end) {

    public Term {
        values = List.copyOf(values);
    }

    public boolean isFreeText() {
        return key == null;
    }
}
