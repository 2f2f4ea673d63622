package com.pvsconsole.service.search;

import com.pvsconsole.api.region.RegionCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    private final RegionCatalog catalog;

    public SearchLanguage(SearchScope<T> scope, RegionCatalog catalog) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.parser = new QueryParser(scope);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.regions = new RegionTest(catalog);
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

    /**
     * The values to offer as completions over {@code rows}: their distinct values per key, plus the
     * region id of each zone they hold ({@code lon} for {@code lon06}), the name people search by.
     */
    public Map<SearchKey, List<String>> completionValues(Collection<? extends T> rows) {
        Map<SearchKey, List<String>> values = new EnumMap<>(Completer.valuesOf(scope, rows));
        List<String> regions = values.get(SearchKey.REGION);
        if (regions != null) {
            Set<String> withIds = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            withIds.addAll(regions);
            regions.forEach(value -> catalog.regionOfZone(value).ifPresent(r -> withIds.add(r.id())));
            values.put(SearchKey.REGION, List.copyOf(withIds));
        }
        return values;
    }

    private Predicate<T> compile(Term term) {
        if (term.isFreeText()) {
            String word = term.values().get(0);
            java.util.function.Function<T, String> index = scope.freeTextIndex();
            if (index != null && word.indexOf('*') < 0) {
                String needle = word.toLowerCase(java.util.Locale.ROOT);
                return row -> index.apply(row).contains(needle);
            }
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
