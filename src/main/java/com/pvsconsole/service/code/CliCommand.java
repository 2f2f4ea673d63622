package com.pvsconsole.service.code;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code ibmcloud pi} command: fixed words, positional values and flags. Values are quoted for the
 * shell only when they need it; a command with several flags is split over continued lines.
 */
final class CliCommand {

    /** Words either shell reads literally: no quotes, spaces, $, @, commas, globs or leading dash. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./:-]*");

    private final String words;
    private final List<String[]> positionals = new ArrayList<>();
    private final List<Object[]> flags = new ArrayList<>();

    CliCommand(String words) {
        this.words = words;
    }

    CliCommand value(String value) {
        positionals.add(new String[] {value});
        return this;
    }

    /** A positional value written verbatim (e.g. a shell variable). */
    CliCommand rawValue(String rawValue) {
        positionals.add(new String[] {rawValue, "raw"});
        return this;
    }

    /** {@code --name value}. */
    CliCommand flag(String name, String value) {
        flags.add(new Object[] {name, value, Boolean.FALSE});
        return this;
    }

    /** {@code --name=true|false}: pflag takes a boolean's value only after {@code =}. */
    CliCommand flag(String name, boolean value) {
        flags.add(new Object[] {name + "=" + value, null, Boolean.FALSE});
        return this;
    }

    /** A bare switch, {@code --name}. */
    CliCommand option(String name) {
        flags.add(new Object[] {name, null, Boolean.FALSE});
        return this;
    }

    /** {@code --name value} where value is written verbatim (e.g. an {@code @file} or a variable). */
    CliCommand rawFlag(String name, String rawValue) {
        flags.add(new Object[] {name, rawValue, Boolean.TRUE});
        return this;
    }

    String render(Shell shell) {
        List<String> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder(words);
        List<String> trailing = new ArrayList<>();
        for (String[] p : positionals) {
            // A value starting with '-' would be read as a flag: pass it after "--" instead.
            if (p.length > 1) {
                head.append(' ').append(p[0]);
            } else if (p[0].startsWith("-")) {
                trailing.add(word(shell, p[0]));
            } else {
                head.append(' ').append(word(shell, p[0]));
            }
        }
        parts.add(head.toString());
        for (Object[] f : flags) {
            String name = (String) f[0];
            String value = (String) f[1];
            boolean raw = (Boolean) f[2];
            parts.add(value == null ? name : name + " " + (raw ? value : word(shell, value)));
        }
        if (!trailing.isEmpty()) {
            parts.add("-- " + String.join(" ", trailing));
        }
        if (parts.size() <= 3) {
            return String.join(" ", parts);
        }
        return String.join(" " + shell.continuation() + "\n  ", parts);
    }

    static String word(Shell shell, String value) {
        return PLAIN.matcher(value).matches() ? value : shell.quote(value);
    }
}
