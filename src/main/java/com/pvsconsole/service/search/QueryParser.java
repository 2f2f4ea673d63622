package com.pvsconsole.service.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the filter box text into a {@link Query}. Terms are separated by spaces and all must hold:
 * free text ({@code web}, {@code "web 01"}), {@code key:value} ({@code status:error},
 * {@code status:error,warning} for any of them, {@code name:"web 01"}, {@code ws:prod*}), numeric
 * comparisons ({@code proc>=0.5}, {@code mem>64}) and {@code -} in front of any term for NOT.
 * A term it cannot use becomes a {@link QueryError} with its span; the others still apply.
 */
public final class QueryParser {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)(gb|g)?", Pattern.CASE_INSENSITIVE);

    private final SearchScope<?> scope;

    public QueryParser(SearchScope<?> scope) {
        this.scope = scope;
    }

    public Query parse(String input) {
        String text = input == null ? "" : input;
        return new Run(text).parse();
    }

    /** One pass over one text: a cursor, and the terms and errors found so far. */
    private final class Run {
        private final String text;
        private final int n;
        private final List<Term> terms = new ArrayList<>();
        private final List<QueryError> errors = new ArrayList<>();
        private int i;
        /** Where the term being read starts (its '-' included): an error names the whole term. */
        private int termStart;

        Run(String text) {
            this.text = text;
            this.n = text.length();
        }

        Query parse() {
            while (true) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    return new Query(text, terms, errors);
                }
                term();
            }
        }

        private void term() {
            int start = i;
            termStart = start;
            boolean negated = text.charAt(i) == '-';
            if (negated) {
                i++;
                if (i >= n || Character.isWhitespace(text.charAt(i))) {
                    return; // a lone "-" while typing: nothing to negate yet
                }
            }
            if (text.charAt(i) == '"') {
                String value = quoted();
                if (value != null) {
                    addText(null, Comparison.IS, value, false, negated, start);
                }
                return;
            }
            int keyStart = i;
            int k = i;
            while (k < n && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '_')) {
                k++;
            }
            Comparison op = k > keyStart ? Comparison.at(text, k) : null;
            if (op == null) {
                int wordStart = i;
                i = wordEnd(i);
                addText(null, Comparison.IS, text.substring(wordStart, i), false, negated, start);
                return;
            }
            String keyText = text.substring(keyStart, k);
            i = k + op.symbol().length();
            int valueStart = i;
            boolean quoted = i < n && text.charAt(i) == '"';
            String value = quoted ? quoted() : text.substring(valueStart, i = wordEnd(i));
            if (value == null) {
                return;
            }
            SearchKey key = SearchKey.byToken(keyText).orElse(null);
            if (key == null) {
                error(keyStart, k, "unknown key '" + keyText + "'; try "
                        + scope.keys().stream().map(SearchKey::token).collect(Collectors.joining(", ")));
            } else if (!scope.supports(key)) {
                error(keyStart, k, "'" + key.token() + "' does not apply to " + scope.noun());
            } else if (value.isBlank()) {
                error(start, i, "'" + keyText + op.symbol() + "' needs a value");
            } else if (key.isNumeric()) {
                addNumber(key, op, value, negated, start, valueStart);
            } else if (op != Comparison.IS && op != Comparison.EQUAL) {
                error(keyStart, valueStart, "'" + key.token() + "' compares text: use '"
                        + key.token() + ":', not '" + op.symbol() + "'");
            } else {
                addText(key, op, value, quoted, negated, start);
            }
        }

        private void addNumber(SearchKey key, Comparison op, String value, boolean negated, int start, int valueStart) {
            if (!NUMBER.matcher(value).matches()) {
                error(valueStart, i, "'" + value + "' is not a number (" + key.token()
                        + " takes e.g. " + key.token() + ">=4)");
                return;
            }
            String digits = value.toLowerCase(Locale.ROOT).replaceAll("g?b?$", "");
            terms.add(new Term(key, op, List.of(), Double.parseDouble(digits), negated, start, i));
        }

        private void addText(SearchKey key, Comparison op, String value, boolean quoted, boolean negated, int start) {
            List<String> values = quoted || key == null ? List.of(value)
                    : List.of(value.split(",")).stream().filter(v -> !v.isBlank()).toList();
            if (values.isEmpty() || values.get(0).isEmpty()) {
                error(start, i, "empty value");
                return;
            }
            terms.add(new Term(key, op, values, Double.NaN, negated, start, i));
        }

        /** Reads {@code "..."} at the cursor; an unclosed quote is an error to the end of the text. */
        private String quoted() {
            int open = i;
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                i = n;
                error(open, n, "missing closing quote");
                return null;
            }
            i = close + 1;
            return text.substring(open + 1, close);
        }

        /** An error on {@code [from, to)} of the term read up to the cursor, which is at the term's end. */
        private void error(int from, int to, String reason) {
            errors.add(new QueryError(from, to, text.substring(termStart, i), reason));
        }

        private int wordEnd(int from) {
            int k = from;
            while (k < n && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            return k;
        }
    }
}
