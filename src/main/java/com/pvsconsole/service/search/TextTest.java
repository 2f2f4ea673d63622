package com.pvsconsole.service.search;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Case-insensitive tests on one field's text, built once per query and run per row without allocating. */
final class TextTest {

    private TextTest() {
    }

    static Predicate<String> of(String wanted, SearchKey.Kind kind) {
        if (wanted.indexOf('*') >= 0) {
            return glob(wanted);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        return kind == SearchKey.Kind.CONTAINS ? value -> contains(value, needle) : value -> equals(value, needle);
    }

    static Predicate<String> glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return value -> value != null && compiled.matcher(value).matches();
    }

    static boolean equals(String value, String lowerNeedle) {
        return value != null && value.equalsIgnoreCase(lowerNeedle);
    }

    /** {@code value} contains {@code lowerNeedle}, ignoring case, without lower-casing the value. */
    static boolean contains(String value, String lowerNeedle) {
        if (value == null) {
            return false;
        }
        int max = value.length() - lowerNeedle.length();
        for (int at = 0; at <= max; at++) {
            if (value.regionMatches(true, at, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }
}
