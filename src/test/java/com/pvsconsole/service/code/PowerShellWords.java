package com.pvsconsole.service.code;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader for the subset of PowerShell the generator writes, following the language specification's
 * rules (about_Quoting_Rules; section 2.3.5.2): a single-quoted string is verbatim, any of the four
 * single-quote characters doubled stands for one; a backtick ending a line continues it; words
 * are separated by blanks. It is not a PowerShell, so it cannot prove more than these rules:
 * pwsh is not available on this machine (Debian has no package for it).
 */
final class PowerShellWords {

    private static final String QUOTES = Shell.POWERSHELL_SINGLE_QUOTES;

    private PowerShellWords() {
    }

    /** The words of one command, continuation lines joined; single-quoted words are decoded. */
    static List<String> words(String command) {
        String text = command.replace("`\n", " ");
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                word = word == null ? new StringBuilder() : word;
                i = readSingleQuoted(text, i + 1, word);
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
            } else if (c == '"' || c == '$' || c == '`' || c == '(' || c == ')' || c == ';' || c == '|'
                    || c == '&' || c == '@' && word == null || c == '{' || c == '}' || c == ',') {
                throw new IllegalArgumentException("active character " + c + " outside single quotes at " + i
                        + " in: " + text);
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Reads up to the closing quote; returns the index after it. */
    static int readSingleQuoted(String text, int from, StringBuilder out) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (i + 1 < text.length() && QUOTES.indexOf(text.charAt(i + 1)) >= 0) {
                    out.append(c);
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.append(c);
            i++;
        }
        throw new IllegalArgumentException("unterminated single-quoted string: " + text);
    }

    /** The value of a single-quoted literal that must be the whole of {@code literal}. */
    static String decode(String literal) {
        StringBuilder out = new StringBuilder();
        if (QUOTES.indexOf(literal.charAt(0)) < 0) {
            throw new IllegalArgumentException("not single-quoted: " + literal);
        }
        int end = readSingleQuoted(literal, 1, out);
        if (end != literal.length()) {
            throw new IllegalArgumentException("string ends early at " + end + ": " + literal);
        }
        return out.toString();
    }
}
