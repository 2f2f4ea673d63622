package com.pvsconsole.sim;

import com.pvsconsole.sim.faults.FaultRegistry;
import com.pvsconsole.sim.state.ScalePlan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code pvs-console simulate [options]}: runs the simulator standalone until stopped (Ctrl+C).
 */
public final class SimulatorCli {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: pvs-console simulate [options]",
            "  --port N             port on 127.0.0.1 (default 8080; 0 = any free port)",
            "  --time-scale X       speed of simulated work: 1.0 = like the service, 0.1 = ten times faster (default 0.1)",
            "  --token-lifetime S   IAM token lifetime in seconds (default 3600)",
            "  --scale N            add a workspace 'scale-N' with N generated instances, N volumes and N networks",
            "  --scale KIND=N,...   per-kind counts, e.g. instances=5000,volumes=10000,networks=500",
            "                       (kinds: instances, volumes, networks, images, sshkeys; others 0)",
            "  --scale-workspaces N generate N such workspaces, round-robin over us-south, eu-de, lon, tok, syd",
            "                       (e.g. --scale instances=500 --scale-workspaces 20)",
            "  --seed N             seed for generated ids and fault rates (default 42)",
            "  --state FILE         keep the state in FILE across restarts (written atomically)",
            "  --fault SPEC         inject a fault, e.g. 'type=status,status=503,route=GET /pcloud/**,rate=0.2'",
            "                       (repeatable; types: latency, status, reset, malformed, truncated, html)",
            "  --help               show this help");

    private SimulatorCli() {
    }

    public static void main(String[] args) throws InterruptedException {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        SimulatorOptions.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (builder == null) {
            out.println(USAGE);
            return 0;
        }
        PowerVsSimulator sim;
        try {
            sim = builder.start();
        } catch (IllegalArgumentException e) { // a fault spec or a value only the simulator can judge
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IllegalStateException e) { // the port is taken, or the state file cannot be read
            err.println(e.getMessage() + (e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : ": " + e.getCause().getMessage()));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "pvs-sim-shutdown"));
        out.println("Power VS simulator listening on " + sim.baseUrl());
        out.println("  regions:    " + String.join(", ", sim.regions()) + "  (" + sim.regionUrlTemplate() + ")");
        out.println("  IAM:        POST " + sim.iamUrl() + "/identity/token");
        out.println("  API key:    " + sim.apiKey());
        out.println("  account id: " + sim.accountId());
        out.println("  control:    " + sim.baseUrl() + "/_sim/faults");
        out.println("  workspaces: " + sim.workspaces().size());
        out.println("Press Ctrl+C to stop.");
        stopped.await();
        return 0;
    }

    private static final Set<String> OPTIONS = Set.of("--port", "--time-scale", "--token-lifetime", "--scale",
            "--scale-workspaces", "--seed", "--state", "--fault");

    /** Returns null when help was asked for. */
    static SimulatorOptions.Builder parse(String[] args) {
        SimulatorOptions.Builder builder = PowerVsSimulator.builder().port(8080);
        ScalePlan scale = null;
        Integer scaleWorkspaces = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("simulate")) {
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (!OPTIONS.contains(arg)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg);
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--port" -> builder.port(port(value));
                    case "--time-scale" -> builder.timeScale(timeScale(value));
                    case "--token-lifetime" -> builder.tokenLifetime(tokenLifetime(value));
                    case "--scale" -> scale = ScalePlan.parse(value);
                    case "--scale-workspaces" -> scaleWorkspaces = workspaceCount(value);
                    case "--seed" -> builder.seed(Long.parseLong(value));
                    case "--state" -> builder.stateFile(Path.of(value));
                    case "--fault" -> builder.fault(checkedFault(value));
                    default -> throw new IllegalStateException("an option in OPTIONS without a case: " + arg);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(arg + " needs a number, got " + value, e);
            }
        }
        if (scaleWorkspaces != null) {
            if (scale == null) {
                throw new IllegalArgumentException("--scale-workspaces needs --scale to say what each workspace holds, "
                        + "e.g. --scale instances=500 --scale-workspaces 20");
            }
            scale = scale.inWorkspaces(scaleWorkspaces);
        }
        return scale == null ? builder : builder.scale(scale);
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 (any free port) and 65535, got " + port);
        }
        return port;
    }

    private static double timeScale(String value) {
        double scale = Double.parseDouble(value);
        if (!(scale >= 0 && scale <= 100)) {
            throw new IllegalArgumentException("--time-scale must be between 0 and 100 (1.0 = like the service), got "
                    + value);
        }
        return scale;
    }

    private static Duration tokenLifetime(String value) {
        long seconds = Long.parseLong(value);
        if (seconds < 1) {
            throw new IllegalArgumentException("--token-lifetime must be 1 second or more, got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** Refused here, with the usage, rather than as a stack trace when the simulator starts. */
    private static String checkedFault(String spec) {
        new FaultRegistry(0).add(spec);
        return spec;
    }

    private static int workspaceCount(String value) {
        int count = Integer.parseInt(value);
        if (count < 1 || count > ScalePlan.MAX_WORKSPACES) {
            throw new IllegalArgumentException("--scale-workspaces must be between 1 and " + ScalePlan.MAX_WORKSPACES
                    + ", got " + count);
        }
        return count;
    }
}
