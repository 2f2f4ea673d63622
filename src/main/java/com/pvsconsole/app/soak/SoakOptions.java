package com.pvsconsole.app.soak;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench soak [--minutes N] [--home DIR]}: how long to run (one sample a minute) and, if
 * given, the folder that holds the soak's settings, state, cache and logs (a fresh temporary
 * folder otherwise, kept so it can be inspected or scanned afterwards).
 */
public record SoakOptions(int minutes, Path home) {

    public static final String USAGE = "usage: pvs-console bench soak [--minutes N] [--home DIR]";
    static final int DEFAULT_MINUTES = 30;

    public SoakOptions {
        if (minutes < 1) {
            throw new IllegalArgumentException("--minutes must be 1 or more, was " + minutes);
        }
    }

    /** Parses the arguments after {@code soak}; null means help was asked for. */
    public static SoakOptions parse(List<String> args) {
        int minutes = DEFAULT_MINUTES;
        Path home = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--minutes" -> minutes = wholeNumber(value(args, ++i, arg), arg);
                case "--home" -> home = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown soak option: " + arg);
            }
        }
        return new SoakOptions(minutes, home);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    /** The first minutes, left out of the flatness check while caches, JIT and pools fill up. */
    int warmUpMinutes() {
        return Math.max(1, minutes / 5);
    }

    private static int wholeNumber(String value, String option) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number of minutes, got '" + value + "'");
        }
    }
}
