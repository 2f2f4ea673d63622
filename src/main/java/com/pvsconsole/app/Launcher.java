package com.pvsconsole.app;

import com.pvsconsole.bench.Bench;
import com.pvsconsole.sim.SimulatorCli;
import java.util.Arrays;

/**
 * Plain entry point. It is not a JavaFX {@code Application} on purpose: launching an
 * Application subclass from a classpath jar fails with "JavaFX runtime components are
 * missing", while a plain main that hands over to it works (see TOOLCHAIN.md).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("simulate")) {
            SimulatorCli.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("bench")) {
            Bench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (Arrays.asList(args).contains("--version")) {
            BuildInfo build = BuildInfo.load();
            System.out.println(build.name() + " " + build.version());
            return;
        }
        ConsoleApplication.launchWith(args);
    }
}
