package com.pvsconsole.service.code;

/**
 * Terraform (HCL) quoted-string literals: {@code \} {@code "} and control characters escaped, and the
 * template sequences {@code ${} and {@code %{} written as {@code $${} and {@code %%{} so no value is ever
 * read as an interpolation or a directive.
 */
public final class HclStrings {

    private HclStrings() {
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(next == '{' ? "$$" : "$");
                case '%' -> out.append(next == '{' ? "%%" : "%");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
