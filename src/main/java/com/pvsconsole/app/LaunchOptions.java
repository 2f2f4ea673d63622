package com.pvsconsole.app;

import java.util.List;

/**
 * The console's command-line flags.
 *
 * @param selfTest  open the window on the demo, wait for the table, print one JSON line, exit
 * @param dark      start in the dark theme
 * @param timeScale the demo simulator's time scale (1.0 = real service timing)
 */
public record LaunchOptions(boolean selfTest, boolean dark, double timeScale) {

    static final double DEMO_TIME_SCALE = 0.1;

    public static LaunchOptions parse(List<String> args) {
        double scale = DEMO_TIME_SCALE;
        for (String arg : args) {
            if (arg.startsWith("--demo-time-scale=")) {
                scale = Double.parseDouble(arg.substring("--demo-time-scale=".length()));
            }
        }
        return new LaunchOptions(args.contains("--self-test"), args.contains("--dark"), scale);
    }
}
