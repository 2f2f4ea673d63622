package com.pvsconsole.service.code;

import java.math.BigDecimal;

/** Small text helpers shared by the renderers. */
final class CodeText {

    private CodeText() {
    }

    /**
     * {@code text} safe for a line comment: line breaks and other control characters become
     * {@code ?}, so a name like "x\nrm -rf ~" stays inside the comment.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean control = Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                    || cp == 0x85;
            out.appendCodePoint(control ? '?' : cp);
        });
        return out.toString();
    }

    /** A number as the CLI and Terraform want it: {@code 0.25}, {@code 8} (no {@code 8.0}, no exponent). */
    static String number(Number value) {
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /**
     * A Terraform resource label from a display name: letters, digits and {@code _} (a dash would read as a minus in a reference), starting
     * with a letter or {@code _}; {@code fallback} when nothing usable is left.
     */
    static String label(String name, String fallback) {
        String base = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("_+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            return fallback;
        }
        return Character.isLetter(base.charAt(0)) ? base : "_" + base;
    }
}
