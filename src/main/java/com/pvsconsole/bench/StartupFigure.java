package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * P1: the console's start to a populated table on the demo ({@code Launcher --self-test}, the
 * whole process) vs an {@link EmptyWindow}'s start to its first frame. Each run is a new JVM with
 * the launcher's options and this process's classpath, timed from spawn to the JSON line on its
 * stdout; runs alternate (console, window, window, console, ...) so drift hits both; medians.
 * The console runs share a home whose cache holds the demo's inventory from an unrecorded first
 * run, so the figure is a returning user's start (rows from the saved inventory, as issue 10
 * asks); a first start (empty home each run) is measured beside it and reported in the note.
 * <p>
 * Class-data sharing as users get it: the installer lists the classes a {@code --self-test} start
 * in an empty home loads, and the archive is dumped from that list for the installed class path
 * ({@code installer/build.sh}, the .deb's postinst). An archive is valid for one class path only,
 * so the bench makes its own the same way: the unrecorded first run lists the classes
 * ({@code -XX:DumpLoadedClassList}), {@code -Xshare:dump} makes the archive for this class path,
 * and a {@code -Xshare:on} probe (which refuses to start unless the archive can be used) says
 * whether it is used; a class path with class folders (the test class path) cannot be archived,
 * the note then says so and the runs go without. The figure is the console with the archive; the
 * console without it (the JVM's default archive only) is measured in the same rounds and given in
 * the note, and so is the empty window with an archive of its own classes (not with --small). The
 * floor stays the plain empty window.
 * Needs a display, or Monocle on the class path ({@link ChildDisplay}); skipped otherwise.
 */
final class StartupFigure implements Measurement {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 180;
    private static final String CONSOLE = "com.pvsconsole.app.Launcher";

    @Override
    public String id() {
        return "P1";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        String what = "console start to populated demo table (--self-test) vs empty JavaFX window start";
        java.util.Optional<List<String>> display = ChildDisplay.jvmOptions();
        if (display.isEmpty()) {
            return Figure.skipped(id(), what, "no display");
        }
        List<String> plain = new ArrayList<>(LauncherJvmOptions.withoutArchive(LauncherJvmOptions.load().options()));
        plain.addAll(display.get());
        int runs = options.runs(5, 1);
        Path home = Files.createTempDirectory("pvs-bench-home");
        Path archives = Files.createTempDirectory("pvs-bench-cds");
        try {
            Path consoleArchive = archives.resolve("console.jsa");
            Path windowArchive = archives.resolve("window.jsa");
            List<Double> console = new ArrayList<>();
            List<Double> consolePlain = new ArrayList<>();
            List<Double> window = new ArrayList<>();
            List<Double> windowShared = new ArrayList<>();
            List<Double> fresh = new ArrayList<>();
            List<Double> tableReady = new ArrayList<>();
            int fromCache = 0;
            int refused = 0;
            // One unrecorded console run first, always: it leaves the demo's inventory in the scratch
            // home's cache folder (saved when it closes), as for a user who has opened the demo before,
            // and the measured runs show it first: issue 10's "populated (from the cache)". Its home
            // is still empty, as in the installer's packaging-time run: it lists the classes to archive.
            // With --small the unrecorded window run (disk cache) and the window's archive are skipped.
            Path consoleList = archives.resolve("console.classlist");
            launch(with(plain, "-XX:DumpLoadedClassList=" + consoleList), home, CONSOLE, "--self-test");
            boolean used = dumpArchive(plain, consoleList, consoleArchive, home)
                    && archiveUsable(plain, consoleArchive, home);
            List<String> withArchive = used ? with(plain, LauncherJvmOptions.ARCHIVE_OPTION + consoleArchive) : plain;
            boolean windowUsed = false;
            if (!options.small()) {
                Path windowList = archives.resolve("window.classlist");
                launch(with(plain, "-XX:DumpLoadedClassList=" + windowList), home, EmptyWindow.Main.class.getName());
                windowUsed = dumpArchive(plain, windowList, windowArchive, home);
            }
            List<String> windowWithArchive = with(plain, LauncherJvmOptions.ARCHIVE_OPTION + windowArchive);
            for (int run = 0; run < runs; run++) {
                boolean consoleFirst = run % 2 == 0;
                if (!consoleFirst) {
                    window.add(launch(plain, home, EmptyWindow.Main.class.getName()).wallMs());
                }
                Result result = launch(withArchive, home, CONSOLE, "--self-test");
                console.add(result.wallMs());
                refused += result.archiveRefused() ? 1 : 0;
                tableReady.add(result.line().path("tableReadyMs").asDouble());
                fromCache += result.line().path("rowsFrom").asText().equals("cache") ? 1 : 0;
                if (consoleFirst) {
                    window.add(launch(plain, home, EmptyWindow.Main.class.getName()).wallMs());
                }
                // Beside the figure, not it: the same start without the archive, the window with an
                // archive of its own, and a first start (no saved inventory) with the archive.
                consolePlain.add(launch(plain, home, CONSOLE, "--self-test").wallMs());
                if (windowUsed) {
                    windowShared.add(launch(windowWithArchive, home, EmptyWindow.Main.class.getName()).wallMs());
                }
                fresh.add(launchInFreshHome(withArchive));
            }
            double floor = Stats.median(window);
            String archive = used
                    ? String.format(Locale.ROOT, "console with a class-data archive of this class path (%.0f MB, "
                            + "-Xshare:on probe passed, refused in %d of %d runs)", Files.size(consoleArchive) / 1e6,
                            refused, runs)
                    : "console WITHOUT a class-data archive (none could be made or used for this class path, e.g. "
                            + "class folders on it)";
            String windowNote = windowUsed
                    ? String.format(Locale.ROOT, "; empty window with an archive of its own classes %.0f ms",
                            Stats.median(windowShared))
                    : "";
            return Figure.ratio(id(), what, Stats.median(console), floor, "ms", 1.5,
                    String.format(Locale.ROOT, "%d runs each, interleaved, spawn to JSON line, medians; %s; "
                            + "without it %.0f ms, %.2fx%s; rows from the saved inventory in %d of %d runs; "
                            + "first start (no saved inventory, with the archive) %.0f ms, %.2fx; self-test "
                            + "tableReadyMs median %.0f; JVM options from %s; %s", runs, archive,
                            Stats.median(consolePlain), Stats.median(consolePlain) / floor, windowNote, fromCache, runs,
                            Stats.median(fresh), Stats.median(fresh) / floor, Stats.median(tableReady),
                            LauncherJvmOptions.FILE, ChildDisplay.describe()));
        } finally {
            deleteTree(home);
            deleteTree(archives);
        }
    }

    private static List<String> with(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return List.copyOf(all);
    }

    /** Dumps a static archive of the listed classes for this class path, as the installer does. */
    private static boolean dumpArchive(List<String> plain, Path classList, Path archive, Path home)
            throws IOException, InterruptedException {
        List<String> options = with(with(with(plain, "-Xshare:dump"), "-XX:SharedClassListFile=" + classList),
                LauncherJvmOptions.ARCHIVE_OPTION + archive);
        return Files.isRegularFile(classList) && quietRun(options, home) && Files.isRegularFile(archive);
    }

    /**
     * True when the JVM can use the archive with this class path: with -Xshare:on it refuses to
     * start otherwise (with -Xshare:auto, the default, it would start without any sharing).
     */
    private static boolean archiveUsable(List<String> plain, Path archive, Path home)
            throws IOException, InterruptedException {
        return quietRun(with(with(plain, LauncherJvmOptions.ARCHIVE_OPTION + archive), "-Xshare:on"), home);
    }

    /** Runs {@code Launcher --version} (or only the JVM's dump) with these options; true on exit 0. */
    private static boolean quietRun(List<String> jvmOptions, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(jvmOptions, CONSOLE, "--version"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PVS_CONSOLE_HOME", home.toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static double launchInFreshHome(List<String> jvmOptions) throws IOException, InterruptedException {
        Path fresh = Files.createTempDirectory("pvs-bench-fresh");
        try {
            Result result = launch(jvmOptions, fresh, "com.pvsconsole.app.Launcher", "--self-test");
            if (!result.line().path("rowsFrom").asText().equals("service")) {
                throw new IllegalStateException("a start in an empty home showed rows from a cache");
            }
            return result.wallMs();
        } finally {
            deleteTree(fresh);
        }
    }

    static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The wall time from spawn to the JSON line, the line, and whether the JVM said on stderr that
     * it could not use the class-data archive it was given (-Xshare:auto then starts without).
     */
    private record Result(double wallMs, JsonNode line, boolean archiveRefused) {
    }

    private static List<String> javaCommand(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static Result launch(List<String> jvmOptions, Path home, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("pvs-bench-stderr", ".txt");
        try {
            return launch(jvmOptions, home, stderr, mainClass, args);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static Result launch(List<String> jvmOptions, Path home, Path stderr, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = javaCommand(jvmOptions, mainClass, args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        // Settings, accounts and logs in a scratch folder: the demo, never the user's accounts.
        builder.environment().put("PVS_CONSOLE_HOME", home.toString());
        Stream.of("PVS_CONSOLE_API_KEY", "PVS_CONSOLE_API_URL", "PVS_CONSOLE_ENDPOINT", "PVS_CONSOLE_IAM_URL")
                .forEach(builder.environment()::remove);
        long started = System.nanoTime();
        Process process = builder.start();
        // A hung child would block readLine forever: kill it after the timeout, which ends the stream.
        java.util.concurrent.CompletableFuture.runAsync(process::destroyForcibly,
                java.util.concurrent.CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("{")) {
                    double wall = Stats.millisSince(started);
                    JsonNode json = JSON.readTree(line);
                    if (json.path("selfTest").asText().equals("fail")) {
                        throw new IllegalStateException("the console's self-test failed: " + json.path("reason").asText());
                    }
                    out.transferTo(java.io.Writer.nullWriter());
                    waitForExit(process, mainClass);
                    boolean refused = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8)
                            .contains("Unable to use shared archive");
                    return new Result(wall, json, refused);
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException(mainClass + " exited with " + process.waitFor() + " before printing its JSON line");
    }

    private static void waitForExit(Process process, String mainClass) throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(mainClass + " did not exit within " + TIMEOUT_SECONDS + " s");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
