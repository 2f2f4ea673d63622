package com.pvsconsole.app;

import com.pvsconsole.app.soak.Soak;
import com.pvsconsole.bench.Bench;
import com.pvsconsole.sim.SimulatorCli;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plain entry point. It is not a JavaFX {@code Application} on purpose: launching an
 * Application subclass from a classpath jar fails with "JavaFX runtime components are
 * missing", while a plain main that hands over to it works (see TOOLCHAIN.md).
 */
public final class Launcher {

    /** Exit status for an argument the console does not take (as for simulate and bench). */
    static final int EXIT_USAGE = 2;
    /** Exit status when no window can be opened: no display, or the native toolkit (GTK 3 on Linux) is missing. */
    static final int EXIT_NO_TOOLKIT = 3;
    /** Held strongly: java.util.logging forgets a logger's filter once nothing references the logger. */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("simulate")) {
            SimulatorCli.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("bench") && args[1].equals("soak")) {
            // The soak runs the whole console, so it lives beside the app, not in the bench package.
            Soak.main(Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("bench")) {
            Bench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        List<String> options = Arrays.asList(args);
        if (options.contains(LaunchOptions.VERSION)) {
            BuildInfo build = BuildInfo.load();
            System.out.println(build.name() + " " + build.version());
            return;
        }
        if (LaunchOptions.wantsHelp(options)) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        try {
            LaunchOptions.parse(options);
        } catch (IllegalArgumentException e) {
            System.err.println("pvs-console: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(EXIT_USAGE);
        }
        // Loading JNA for it takes 0.1-0.3 s: done while the GTK check runs, finished before the toolkit starts.
        Thread rendering = new Thread(() -> SoftwareRendering.forCurrentProcess().applyTo(new NativeEnvironment()),
                "pvs-rendering-choice");
        rendering.start();
        DisplayCheck display = DisplayCheck.forCurrentProcess();
        Optional<String> missing = display.problem().or(() -> NativeToolkitCheck.forCurrentProcess().problem());
        if (missing.isPresent()) {
            System.err.println(missing.get());
            System.exit(EXIT_NO_TOOLKIT);
        }
        rendering.join();
        quietUnsupportedConfigurationWarning();
        try {
            ConsoleApplication.launchWith(args);
        } catch (RuntimeException e) {
            Optional<String> line = display.explain(e);
            if (line.isEmpty()) {
                throw e;
            }
            System.err.println(line.get());
            System.exit(EXIT_NO_TOOLKIT);
        }
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on
     * every start from the class path, which is how the console is packaged (see the note above).
     * Only that one record is dropped; every other JavaFX message still reaches the log.
     */
    private static void quietUnsupportedConfigurationWarning() {
        JAVAFX_LOGGER.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
