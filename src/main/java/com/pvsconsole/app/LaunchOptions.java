package com.pvsconsole.app;

import com.pvsconsole.service.accounts.StartupConfigResolver;
import java.util.List;
import java.util.Set;

/**
 * The console's command-line flags. The launcher checks them before anything starts, so a typo
 * gets one line naming it and the usage, not a window that silently ignores it.
 *
 * @param selfTest  open the window on the demo, wait for the table, print one JSON line, exit
 * @param dark      start in the dark theme
 * @param timeScale the demo simulator's time scale (1.0 = real service timing)
 */
public record LaunchOptions(boolean selfTest, boolean dark, double timeScale) {

    static final double DEMO_TIME_SCALE = 0.1;
    static final String SELF_TEST = "--self-test";
    static final String DARK = "--dark";
    static final String VERSION = "--version";
    static final String TIME_SCALE = "--demo-time-scale=";
    /** Above this a simulated build would take hours: surely a slip of the keyboard. */
    private static final double MAX_TIME_SCALE = 100;
    private static final Set<String> HELP = Set.of("--help", "-h");
    private static final Set<String> FLAGS = Set.of(SELF_TEST, DARK, VERSION, StartupConfigResolver.DEMO_FLAG,
            StartupConfigResolver.DEBUG_HTTP_FLAG);

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: pvs-console [options]",
            "       pvs-console simulate [options]   run the Power VS simulator on its own (simulate --help)",
            "       pvs-console bench [options]      measure the console's speed on this machine (bench --help)",
            "Options:",
            "  --demo                 open the demo account on the built-in simulator, whatever else is configured",
            "  --dark                 start in the dark theme",
            "  --debug-http           log every HTTP request and response (keys and tokens stay masked)",
            "  --demo-time-scale=X    how fast the demo's servers change state: 1.0 = like the service, 0.1 = ten",
            "                         times faster (the default)",
            "  --self-test            open the demo, wait for its table, print one JSON line and exit",
            "  --version              print the version and exit",
            "  --help                 show this help",
            "Environment: PVS_CONSOLE_API_KEY signs in with an IBM Cloud API key for this run only;",
            "PVS_CONSOLE_HOME puts settings, cache and logs in one folder (more in the README, Configuration).");

    /** True when the arguments ask for the usage (shown instead of starting). */
    static boolean wantsHelp(List<String> args) {
        return args.stream().anyMatch(HELP::contains);
    }

    /**
     * The options in {@code args}.
     *
     * @throws IllegalArgumentException naming the first argument that is not an option of the console
     *                                  or a time scale that is not a positive number
     */
    public static LaunchOptions parse(List<String> args) {
        double scale = DEMO_TIME_SCALE;
        for (String arg : args) {
            if (arg.startsWith(TIME_SCALE)) {
                scale = timeScale(arg.substring(TIME_SCALE.length()));
            } else if (!FLAGS.contains(arg) && !HELP.contains(arg) && !arg.startsWith("-psn_")) {
                // (-psn_...: the process serial number older macOS Finders pass to every app they open)
                throw new IllegalArgumentException(arg.startsWith("-")
                        ? "unknown option '" + arg + "'"
                        : "unexpected argument '" + arg + "' (the console takes options only)");
            }
        }
        return new LaunchOptions(args.contains(SELF_TEST), args.contains(DARK), scale);
    }

    private static double timeScale(String value) {
        double scale;
        try {
            scale = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            scale = Double.NaN;
        }
        if (!(scale > 0 && scale <= MAX_TIME_SCALE)) {
            throw new IllegalArgumentException("--demo-time-scale needs a number above 0 and at most "
                    + (int) MAX_TIME_SCALE + " (1.0 = like the service), not '" + value + "'");
        }
        return scale;
    }
}
