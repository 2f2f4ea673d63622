package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terraform string literals: every special sequence of HCL's quoted-template syntax is neutralised. */
class HclStringsTest {

    @Test
    void should_escape_quotes_backslashes_and_line_breaks() {
        assertThat(HclStrings.quote("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    }

    @Test
    void should_turn_interpolations_and_directives_into_literal_text() {
        assertThat(HclStrings.quote("${var.x} %{if y} $x %y $${z}")).isEqualTo("\"$${var.x} %%{if y} $x %y $$${z}\"");
    }

    @Test
    void should_read_back_every_hostile_value() {
        for (String value : ShellQuotingTest.HOSTILE) {
            assertThat(decode(HclStrings.quote(value))).as(value).isEqualTo(value);
        }
    }

    /** HCL's quoted-template decoding (hclsyntax spec: escapes, $${ and %%{), strict about anything else. */
    private static String decode(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"");
        String s = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char e = s.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> throw new AssertionError("unknown escape \\" + e);
                }
            } else if ((c == '$' || c == '%') && s.startsWith(c + "" + c + "{", i)) {
                out.append(c).append('{');
                i += 2;
            } else if ((c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                throw new AssertionError("live template sequence at " + i + " in " + literal);
            } else if (c == '"' || c == '\n') {
                throw new AssertionError("raw " + (int) c + " inside the literal " + literal);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
