package com.pvsconsole.app.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.app.ConsoleContext;
import com.pvsconsole.app.ConsoleWindow;
import com.pvsconsole.app.ServiceSettings;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.shell.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code pvs-console bench soak --minutes N}: the console, wired as in production, on an in-process
 * simulator that fails 1% of requests (503), refreshing its lists every 5 s while the soak moves
 * between pages. Every minute it records RSS, heap after a full GC, live threads and the longest
 * FX pulse gap, then prints a JSON line and a table, and whether each stayed within ±10% of its
 * first value after the warm-up. Reported, not asserted: the machine may be busy.
 */
public final class Soak {

    static final String FAULTS = "type=status,status=503,rate=0.01";
    static final double TOLERANCE = 0.10;
    private static final double TIME_SCALE = 0.1;
    private static final int REFRESH_SECONDS = 5;
    private static final Duration PAGE_EVERY = Duration.ofSeconds(15);
    private static final List<Page> PAGES = List.of(Page.INSTANCES, Page.VOLUMES, Page.NETWORKS, Page.ALL_SERVERS,
            Page.OVERVIEW, Page.ACTIVITY);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a soak leaves behind: its samples, its folders, and the secrets that must not be in them. */
    public record Result(List<SoakSample> samples, Map<String, Boolean> flat, int warmUpMinutes,
                         AppDirectories directories, Set<String> secrets) {
    }

    private Soak() {
    }

    public static void main(String[] args) {
        int code;
        try {
            SoakOptions options = SoakOptions.parse(List.of(args));
            if (options == null) {
                System.out.println(SoakOptions.USAGE);
                code = 0;
            } else {
                print(run(options, System.err), System.out);
                code = 0;
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SoakOptions.USAGE);
            code = 2;
        } catch (Exception e) {
            System.err.println("soak failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            code = 1;
        }
        System.out.flush();
        System.exit(code); // idle HTTP client threads would otherwise keep the JVM alive
    }

    /** Runs the soak (logging into its folder); progress goes to {@code progress}. Leaves the FX toolkit running. */
    public static Result run(SoakOptions options, PrintStream progress) throws Exception {
        Path home = options.home() != null ? options.home() : Files.createTempDirectory("pvs-soak-home");
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.current(), Map.of(), home, home.toString())
                .createAll();
        // Logged as the console logs, into the soak's own folder (so a scan afterwards sees it); before
        // anything creates a logger, or Logback would settle on the user's log folder.
        LogControl logs = LogSetup.start(dirs);
        startToolkit();
        try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).timeScale(TIME_SCALE).fault(FAULTS).start()) {
            StartupState loaded = new StartupLoader(dirs, new StartupConfigResolver(Map.of(
                    StartupConfigResolver.API_KEY_ENV, sim.apiKey(),
                    StartupConfigResolver.IAM_URL_ENV, sim.iamUrl(),
                    StartupConfigResolver.API_URL_ENV, sim.regionUrlTemplate())),
                    new SecretStoreFactory(() -> {
                        throw new IllegalStateException("the soak keeps no key in a keychain");
                    }), logs, Clock.systemUTC()).load(List.of());
            StartupState state = loaded.withSettings(loaded.settings().withRefreshIntervalSeconds(REFRESH_SECONDS));
            PulseWatch pulses = new PulseWatch();
            Stage stage = onFx(Stage::new);
            ConsoleContext context = onFx(() -> {
                ConsoleContext opened = new ConsoleContext(state, logs, new ConsoleContext.Host(stage,
                        folder -> { }, url -> { }, Platform::runLater, Clock.systemUTC(), TIME_SCALE, false, "soak",
                        ServiceSettings.defaults()));
                opened.open();
                pulses.start();
                return opened;
            });
            List<SoakSample> samples = new ArrayList<>();
            try {
                progress.printf(Locale.ROOT, "[soak] %d min on %s, 1%% faults (%s), refresh every %d s%n",
                        options.minutes(), sim.baseUrl(), FAULTS, REFRESH_SECONDS);
                long start = System.nanoTime();
                int pageIndex = 0;
                for (int minute = 1; minute <= options.minutes(); minute++) {
                    long sampleAt = start + TimeUnit.MINUTES.toNanos(minute);
                    while (System.nanoTime() < sampleAt) {
                        long wait = Math.min(PAGE_EVERY.toNanos(), sampleAt - System.nanoTime());
                        TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
                        Page page = PAGES.get(pageIndex++ % PAGES.size());
                        Platform.runLater(() -> showPage(context, page));
                    }
                    SoakSample sample = sample(minute, pulses.takeLongestGapMs(), pulses.takeLongestBusyMs());
                    samples.add(sample);
                    progress.printf(Locale.ROOT, "[soak] minute %d: rss %.1f MB, heap %.1f MB, %d threads, "
                            + "longest pulse %.0f ms (FX busy %.0f ms)%n", minute, sample.rssMb(), sample.heapAfterGcMb(),
                            sample.threads(), sample.longestPulseMs(), sample.longestFxBusyMs());
                }
            } finally {
                onFx(() -> {
                    pulses.stop();
                    context.close();
                    stage.hide();
                    return null;
                });
            }
            Set<String> secrets = new java.util.HashSet<>(sim.issuedAccessTokens());
            secrets.add(sim.apiKey());
            return new Result(List.copyOf(samples), flatness(samples, options.warmUpMinutes()),
                    options.warmUpMinutes(), dirs, Set.copyOf(secrets));
        }
    }

    private static void showPage(ConsoleContext context, Page page) {
        ConsoleWindow window = context.session().windowProperty().get();
        if (window != null) {
            window.shell().pageProperty().set(page);
        }
    }

    /** Whether each measure stayed within ±10% of its first value after the warm-up (true with one sample). */
    static Map<String, Boolean> flatness(List<SoakSample> samples, int warmUpMinutes) {
        List<SoakSample> after = samples.stream().filter(s -> s.minute() > warmUpMinutes).toList();
        Map<String, Boolean> flat = new LinkedHashMap<>();
        flat.put("rssMb", flat(after, SoakSample::rssMb));
        flat.put("heapAfterGcMb", flat(after, SoakSample::heapAfterGcMb));
        flat.put("threads", flat(after, SoakSample::threads));
        flat.put("longestPulseMs", flat(after, SoakSample::longestPulseMs));
        return flat;
    }

    private static boolean flat(List<SoakSample> samples, ToDoubleFunction<SoakSample> measure) {
        if (samples.isEmpty()) {
            return true;
        }
        double reference = measure.applyAsDouble(samples.get(0));
        return samples.stream().mapToDouble(measure)
                .allMatch(value -> Math.abs(value - reference) <= TOLERANCE * Math.abs(reference));
    }

    private static SoakSample sample(int minute, double longestPulseMs, double longestFxBusyMs) {
        System.gc();
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_048_576.0;
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        return new SoakSample(minute, rssMb(), heap, threads, longestPulseMs, longestFxBusyMs);
    }

    /** Resident set size from /proc (Linux); NaN elsewhere. */
    private static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** One JSON line, then a table. */
    public static void print(Result result, PrintStream out) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("soak", "pvs-console");
        json.put("faults", FAULTS);
        json.put("refreshSeconds", REFRESH_SECONDS);
        json.put("warmUpMinutes", result.warmUpMinutes());
        ArrayNode samples = json.putArray("samples");
        result.samples().forEach(s -> samples.add(JSON.valueToTree(s)));
        ObjectNode flat = json.putObject("flatWithin10Percent");
        result.flat().forEach(flat::put);
        out.println(JSON.writeValueAsString(json));
        out.println("minute   rss MB  heap MB  threads  longest pulse ms  FX busy ms");
        for (SoakSample s : result.samples()) {
            out.printf(Locale.ROOT, "%6d %8.1f %8.1f %8d %17.0f %11.0f%s%n", s.minute(), s.rssMb(), s.heapAfterGcMb(),
                    s.threads(), s.longestPulseMs(), s.longestFxBusyMs(),
                    s.minute() <= result.warmUpMinutes() ? "  (warm-up)" : "");
        }
        StringBuilder verdict = new StringBuilder("flat within ±10% after warm-up:");
        result.flat().forEach((k, v) -> verdict.append(' ').append(k).append('=').append(v ? "yes" : "no"));
        out.println(verdict);
    }

    /**
     * Starts JavaFX unless it runs already (a test JVM). Without a display on Linux it uses headless
     * Monocle when that is on the class path (the test class path); otherwise JavaFX needs a display.
     */
    private static void startToolkit() throws InterruptedException {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (linux && !display && System.getProperty("glass.platform") == null && monocleAvailable()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 60 s");
        }
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, Soak.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
