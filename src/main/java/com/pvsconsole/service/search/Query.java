package com.pvsconsole.service.search;

import java.util.List;

/** The parse of a filter box: the valid terms (all must hold) and the errors, each with its span. */
public record Query(String text, List<Term> terms, List<QueryError> errors) {

    public Query {
        terms = List.copyOf(terms);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
