package com.pvsconsole.service.search;

import com.pvsconsole.api.region.RegionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The search language for one page: parses the filter box and compiles the valid terms into a
 * row predicate. Compile once per keystroke, then test every row: the predicate holds only
 * pre-built tests (lower-cased needles, compiled globs, resolved region names).
 *
 * <pre>{@code
 * SearchLanguage<Searchable> search = new SearchLanguage<>(ServerSearch.scope(), RegionCatalog.loadDefault());
 * Query query = search.parse("status:error region:lon -ws:test*");
 * Predicate<Searchable> keep = search.matcher(query);   // errors are in query.errors()
 * }</pre>
 */
public final class SearchLanguage<T> {

    private final SearchScope<T> scope;
    private final QueryParser parser;
    private final RegionTest regions;

    public SearchLanguage(SearchScope<T> scope, RegionCatalog catalog) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.parser = new QueryParser(scope);
        this.regions = new RegionTest(Objects.requireNonNull(catalog, "catalog"));
    }

    public SearchScope<T> scope() {
        return scope;
    }

    public Query parse(String text) {
        return parser.parse(text);
    }

    /** Rows for which every valid term of {@code query} holds; invalid terms are left out. */
    public Predicate<T> matcher(Query query) {
        List<Predicate<T>> tests = new ArrayList<>();
        for (Term term : query.terms()) {
            Predicate<T> test = compile(term);
            tests.add(term.negated() ? test.negate() : test);
        }
        if (tests.isEmpty()) {
            return row -> true;
        }
        if (tests.size() == 1) {
            return tests.get(0);
        }
        @SuppressWarnings("unchecked")
        Predicate<T>[] all = tests.toArray(new Predicate[0]);
        return row -> {
            for (Predicate<T> test : all) {
                if (!test.test(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    public Predicate<T> matcher(String text) {
        return matcher(parse(text));
    }

    private Predicate<T> compile(Term term) {
        if (term.isFreeText()) {
            Predicate<String> value = TextTest.of(term.values().get(0), SearchKey.Kind.CONTAINS);
            List<SearchScope.TextAccess<T>> fields = scope.freeText();
            return row -> {
                for (SearchScope.TextAccess<T> field : fields) {
                    if (field.any(row, value)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (term.key().isNumeric()) {
            ToDoubleFunction<T> read = scope.number(term.key());
            Comparison op = term.comparison();
            double wanted = term.number();
            return row -> {
                double actual = read.applyAsDouble(row);
                return !Double.isNaN(actual) && op.test(actual, wanted);
            };
        }
        Predicate<String> anyValue = term.values().stream()
                .map(v -> term.key().kind() == SearchKey.Kind.REGION ? regions.of(v) : TextTest.of(v, term.key().kind()))
                .reduce(Predicate::or).orElse(v -> false);
        SearchScope.TextAccess<T> field = scope.text(term.key());
        return row -> field.any(row, anyValue);
    }
}
