package com.pvsconsole.service.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What one page can be searched by: the keys that apply to its rows, how to read each from a row,
 * and which fields free text looks at. A key missing here is an error on that page
 * ("{@code proc} does not apply to volumes").
 *
 * @param <T> the page's row type
 */
public final class SearchScope<T> {

    /** Reads one text field (or several, e.g. the IPs of a server) and tests any of them. */
    interface TextAccess<T> {
        boolean any(T row, Predicate<String> test);
    }

    private final String noun;
    private final Map<SearchKey, TextAccess<T>> texts;
    private final Map<SearchKey, ToDoubleFunction<T>> numbers;
    private final List<TextAccess<T>> freeText;
    private final Function<T, String> freeTextIndex;

    private SearchScope(Builder<T> builder) {
        this.noun = builder.noun;
        this.texts = Map.copyOf(builder.texts);
        this.numbers = Map.copyOf(builder.numbers);
        this.freeText = List.copyOf(builder.freeText);
        this.freeTextIndex = builder.freeTextIndex;
    }

    /** @param noun the rows in words, plural ("volumes"), used in error reasons */
    public static <T> Builder<T> of(String noun) {
        return new Builder<>(noun);
    }

    public String noun() {
        return noun;
    }

    public boolean supports(SearchKey key) {
        return texts.containsKey(key) || numbers.containsKey(key);
    }

    /** The keys this page supports, in the language's order. */
    public List<SearchKey> keys() {
        return java.util.Arrays.stream(SearchKey.values()).filter(this::supports).toList();
    }

    TextAccess<T> text(SearchKey key) {
        return texts.get(key);
    }

    ToDoubleFunction<T> number(SearchKey key) {
        return numbers.get(key);
    }

    List<TextAccess<T>> freeText() {
        return freeText;
    }

    /** The row's free-text fields lower-cased and joined, when the page keeps them so; null otherwise. */
    Function<T, String> freeTextIndex() {
        return freeTextIndex;
    }

    /**
     * The free-text fields of a row in the form {@link Builder#freeTextIndex} expects: lower-cased
     * ({@link Locale#ROOT}), one per line, so a word typed (never holding a line break) matches
     * within one field only.
     */
    public static String indexOf(Collection<String> fields) {
        StringBuilder joined = new StringBuilder();
        for (String field : fields) {
            if (field != null && !field.isEmpty()) {
                joined.append(field.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return joined.toString();
    }

    /** Every value a row holds for {@code key} (text keys only), for completions. */
    public void collect(SearchKey key, T row, Collection<String> into) {
        TextAccess<T> access = texts.get(key);
        if (access != null) {
            access.any(row, value -> {
                if (value != null && !value.isBlank()) {
                    into.add(value);
                }
                return false;
            });
        }
    }

    /** Builds a scope; keys registered with {@code inFreeText} are also searched by bare words. */
    public static final class Builder<T> {
        private final String noun;
        private final Map<SearchKey, TextAccess<T>> texts = new EnumMap<>(SearchKey.class);
        private final Map<SearchKey, ToDoubleFunction<T>> numbers = new EnumMap<>(SearchKey.class);
        private final List<TextAccess<T>> freeText = new ArrayList<>();
        private Function<T, String> freeTextIndex;

        private Builder(String noun) {
            this.noun = Objects.requireNonNull(noun, "noun");
        }

        public Builder<T> text(SearchKey key, Function<T, String> read) {
            return put(key, (row, test) -> test.test(read.apply(row)), false);
        }

        public Builder<T> textInFreeText(SearchKey key, Function<T, String> read) {
            return put(key, (row, test) -> test.test(read.apply(row)), true);
        }

        public Builder<T> texts(SearchKey key, Function<T, ? extends Collection<String>> read, boolean inFreeText) {
            return put(key, (row, test) -> {
                Collection<String> values = read.apply(row);
                if (values != null) {
                    for (String value : values) {
                        if (test.test(value)) {
                            return true;
                        }
                    }
                }
                return false;
            }, inFreeText);
        }

        public Builder<T> number(SearchKey key, ToDoubleFunction<T> read) {
            if (!key.isNumeric()) {
                throw new IllegalArgumentException(key + " is not a numeric key");
            }
            numbers.put(key, read);
            return this;
        }

        /**
         * Where a row keeps its free-text fields already lower-cased and joined ({@link #indexOf}),
         * made once per change of the row: a plain word then costs one {@code String.contains}
         * per row instead of a case-blind scan of each field on every keystroke. Globs still test
         * the fields one by one.
         */
        public Builder<T> freeTextIndex(Function<T, String> index) {
            this.freeTextIndex = Objects.requireNonNull(index, "index");
            return this;
        }

        /** A field only free text looks at (a network's CIDR), without a key of its own. */
        public Builder<T> freeTextOnly(Function<T, String> read) {
            freeText.add((row, test) -> test.test(read.apply(row)));
            return this;
        }

        private Builder<T> put(SearchKey key, TextAccess<T> access, boolean inFreeText) {
            if (key.isNumeric()) {
                throw new IllegalArgumentException(key + " is numeric");
            }
            texts.put(key, access);
            if (inFreeText) {
                freeText.add(access);
            }
            return this;
        }

        public SearchScope<T> build() {
            return new SearchScope<>(this);
        }
    }
}
