package com.pvsconsole.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The real console with a measuring probe beside it, for the bench's P3, P4, P6 and fleet figures
 * ({@code com.pvsconsole.bench.LoadedConsole} starts it as a separate process, with the
 * launcher's JVM options, against a simulator). It starts the console as {@link Launcher} does
 * and watches the All servers page through its scene graph only (node ids), so the console runs
 * unchanged. It prints one JSON line per result, starting with {@code {"probe":}:
 * <ul>
 * <li>{@code tableReady}: the All servers table holds {@code pvs.probe.rows} rows (fleet);</li>
 * <li>{@code pulses}: the longest gap between FX pulses while those rows arrived and during one
 *     full refresh (P4), measured by an {@link AnimationTimer}, which runs on every pulse, with
 *     the FX thread's CPU time in that gap and its wall-clock start (to find it in a GC log or a
 *     flight recording: {@code pvs.probe.jfr} names a folder for the recording the JVM options
 *     started, since the probe halts without exit hooks);</li>
 * <li>{@code keys}: per filter keystroke, the time from firing the key event at the filter box to
 *     the next frame rendered after the pulse that laid it out (P3), from JavaFX's
 *     {@code PerformanceTracker} rendered-frame callback; beside it the time to the last frame that
 *     showed changed table rows before the window fell quiet (the key's result, which the search
 *     thread may deliver after the key's first frame), and a floor: caret keys (Left/Right) in the
 *     same box, which filter nothing, timed the same way;</li>
 * <li>{@code memory}: the process's VmRSS and VmHWM after the refresh and a settle (P6).</li>
 * </ul>
 * System properties: {@code pvs.probe.rows}, {@code pvs.probe.mode} ({@code fleet}: stop after
 * tableReady), {@code pvs.probe.keys} (the text typed, then erased), {@code pvs.probe.rounds},
 * {@code pvs.probe.settleMs}.
 */
public final class BenchProbe {

    private static final long TIMEOUT_MS = 480_000;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int rows;
    private final boolean fleetOnly;
    private final String keys;
    private final int rounds;
    private final long settleMs;
    /** Per pulse: {nanoTime, the FX thread's CPU time}; the CPU tells own work from waiting or starving. */
    private final List<long[]> pulses = new CopyOnWriteArrayList<>();
    private volatile long lastFrameNanos = System.nanoTime();
    private volatile long framesRendered;
    private volatile boolean renderCallbacks;
    /** The keystroke being timed: armed on the FX thread, laid out by its pulse, closed by its frame. */
    private volatile long keyFiredAt;
    private volatile boolean keyLaidOut;
    private volatile CompletableFuture<Long> keyFrame;
    /** The table's rows changed since the last pulse's layout (FX thread). */
    private boolean rowsChanged;
    /** A pulse laid out changed rows; the next rendered frame shows them (set FX thread, read render thread). */
    private volatile boolean rowsLaidOut;
    /** When the last frame showing changed rows was rendered. */
    private volatile long rowsFrameAt;

    private BenchProbe() {
        rows = Integer.getInteger("pvs.probe.rows", 1);
        fleetOnly = "fleet".equals(System.getProperty("pvs.probe.mode"));
        keys = System.getProperty("pvs.probe.keys", "zzz");
        rounds = Integer.getInteger("pvs.probe.rounds", 2);
        settleMs = Long.getLong("pvs.probe.settleMs", 3000);
    }

    public static void main(String[] args) throws InterruptedException {
        BenchProbe probe = new BenchProbe();
        Thread thread = new Thread(probe::runAndExit, "pvs-bench-probe");
        thread.setDaemon(true);
        thread.start();
        Launcher.main(args);
    }

    private void runAndExit() {
        int code = 0;
        try {
            run();
        } catch (Exception | AssertionError e) {
            emit("failed", "\"reason\":\"" + (e.getClass().getSimpleName() + ": " + e.getMessage())
                    .replace("\\", "\\\\").replace("\"", "'") + "\"");
            code = 1;
        }
        System.out.flush();
        dumpFlightRecordings();
        Runtime.getRuntime().halt(code); // no settings save, no window close: the home is a scratch folder
    }

    private void run() throws Exception {
        awaitToolkit();
        try {
            await(() -> onFx(this::findServersScene) != null, "the All servers table");
        } catch (IllegalStateException timedOut) {
            throw new IllegalStateException(timedOut.getMessage() + "; windows: " + onFx(BenchProbe::windows));
        }
        Scene scene = onFx(this::findServersScene);
        long windowFoundMs = sinceJvmStart();
        TableView<?> table = (TableView<?>) scene.lookup("#servers-table");
        onFx(() -> {
            watchPulses(scene);
            return null;
        });
        // Rows arriving: the first frames of the new scene (its first CSS pass) are reported apart.
        long firstFrames = framesRendered;
        await(() -> framesRendered >= firstFrames + 2 || !renderCallbacks && pulses.size() > 2, "the first frames");
        long arrivalFrom = System.nanoTime();
        FxSampler arrivalSampler = FxSampler.startIfAsked("arrival");
        double firstSceneGap = maxGap(0, arrivalFrom);
        await(() -> onFx(() -> table.getItems().size()) >= rows, rows + " rows on All servers");
        emit("tableReady", String.format(Locale.ROOT, "\"sinceJvmStartMs\":%d,\"windowFoundMs\":%d,\"rows\":%d",
                sinceJvmStart(), windowFoundMs, onFx(() -> table.getItems().size())));
        if (fleetOnly) {
            return;
        }
        Node page = ancestor(table, "instances-page");
        Node loading = page.lookup("#instances-loading");
        awaitQuiet(loading);
        long arrivalTo = System.nanoTime();
        double arrivalGap = maxGap(arrivalFrom, arrivalTo);
        FxSampler.report(arrivalSampler, longGaps(arrivalFrom, arrivalTo));

        long refreshFrom = System.nanoTime();
        FxSampler refreshSampler = FxSampler.startIfAsked("refresh");
        onFx(() -> {
            ((ButtonBase) page.lookup("#refresh-button")).fire();
            return null;
        });
        await(() -> onFx(loading::isVisible), "the refresh to start");
        awaitQuiet(loading);
        long refreshTo = System.nanoTime();
        double refreshGap = maxGap(refreshFrom, refreshTo);
        FxSampler.report(refreshSampler, longGaps(refreshFrom, refreshTo));
        emit("pulses", String.format(Locale.ROOT,
                "\"arrivalMaxGapMs\":%.1f,\"refreshMaxGapMs\":%.1f,\"firstSceneMaxGapMs\":%.1f,\"pulses\":%d,%s,%s,"
                        + "\"phases\":[\"%s\",\"%s\",\"%s\",\"%s\"]",
                arrivalGap, refreshGap, firstSceneGap, pulses.size(), cpuOfGaps("arrival", arrivalFrom, arrivalTo),
                cpuOfGaps("refresh", refreshFrom, refreshTo), wallClock(arrivalFrom), wallClock(arrivalTo),
                wallClock(refreshFrom), wallClock(refreshTo)));

        // Memory once loaded and refreshed, before the keystrokes (which a slow machine may time out).
        Thread.sleep(settleMs);
        emit("memory", memory());
        FxSampler sampler = FxSampler.startIfAsked("keys");
        typeKeys(scene, page);
        FxSampler.report(sampler);
    }

    // ------------------------------------------------------------------ P3

    private void typeKeys(Scene scene, Node page) throws Exception {
        TextField filter = (TextField) page.lookup("#servers-filter");
        onFx(() -> {
            filter.requestFocus();
            TableView<?> table = (TableView<?>) scene.lookup("#servers-table");
            table.getItems().addListener((javafx.collections.ListChangeListener<Object>) change -> rowsChanged = true);
            scene.addPostLayoutPulseListener(() -> {
                if (rowsChanged) {
                    rowsChanged = false;
                    rowsLaidOut = true;
                }
                if (keyFrame != null && !keyLaidOut) {
                    keyLaidOut = true;
                    if (!renderCallbacks) { // no frame callback in this pipeline: the laid-out pulse is the frame
                        keyFrame.complete(System.nanoTime());
                    }
                }
            });
            return null;
        });
        List<Double> toFrame = new ArrayList<>();
        List<Double> handler = new ArrayList<>();
        List<Double> toRows = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (char c : keys.toCharArray()) {
                timeKey(filter, KeyCode.UNDEFINED, String.valueOf(c)).addTo(toFrame, handler, toRows);
            }
            // The floor: keys that only move the caret in the same box (no filtering), timed the same way.
            for (int i = 0; i < keys.length(); i++) {
                floor.add(timeKey(filter, i % 2 == 0 ? KeyCode.LEFT : KeyCode.RIGHT, KeyEvent.CHAR_UNDEFINED).toFrameMs());
            }
            for (int i = 0; i < keys.length(); i++) {
                timeKey(filter, KeyCode.BACK_SPACE, KeyEvent.CHAR_UNDEFINED).addTo(toFrame, handler, toRows);
            }
        }
        emit("keys", String.format(Locale.ROOT,
                "\"count\":%d,\"p95Ms\":%.1f,\"medianMs\":%.1f,\"maxMs\":%.1f,\"handlerP95Ms\":%.1f,\"renderCallbacks\":%b,"
                        + "\"toRowsP95Ms\":%.1f,\"toRowsMedianMs\":%.1f,\"floorP95Ms\":%.1f,\"floorMedianMs\":%.1f,"
                        + "\"toFrameMs\":%s,\"toRowsMs\":%s,\"floorMs\":%s",
                toFrame.size(), percentile(toFrame, 95), percentile(toFrame, 50),
                percentile(toFrame, 100), percentile(handler, 95), renderCallbacks, percentile(toRows, 95),
                percentile(toRows, 50), percentile(floor, 95), percentile(floor, 50), toFrame, toRows, floor));
    }

    /** One timed key: to its first frame, in its handlers, and to the frame that showed its rows. */
    private record Timed(double toFrameMs, double handlerMs, double toRowsMs) {
        void addTo(List<Double> toFrame, List<Double> handler, List<Double> toRows) {
            toFrame.add(toFrameMs);
            handler.add(handlerMs);
            toRows.add(toRowsMs);
        }
    }

    private Timed timeKey(TextField filter, KeyCode code, String character) throws Exception {
        // Quiet first: no frame for 120 ms, so the next frame rendered is the keystroke's own.
        await(() -> System.nanoTime() - lastFrameNanos > 120_000_000L, "a quiet window");
        Thread.sleep(30);
        CompletableFuture<Long> frame = new CompletableFuture<>();
        long handled = onFx(() -> {
            keyLaidOut = false;
            keyFiredAt = System.nanoTime();
            keyFrame = frame;
            boolean typed = code == KeyCode.UNDEFINED;
            Event.fireEvent(filter, key(KeyEvent.KEY_PRESSED, typed ? KeyEvent.CHAR_UNDEFINED : "", code));
            if (typed) {
                Event.fireEvent(filter, key(KeyEvent.KEY_TYPED, character, KeyCode.UNDEFINED));
            }
            Event.fireEvent(filter, key(KeyEvent.KEY_RELEASED, typed ? KeyEvent.CHAR_UNDEFINED : "", code));
            Platform.requestNextPulse();
            return System.nanoTime() - keyFiredAt;
        });
        long at = frame.get(120, TimeUnit.SECONDS);
        keyFrame = null;
        // The rows the key asked for: the last frame that showed changed rows before the window fell
        // quiet again (the search may settle after the key's first frame), else that first frame.
        await(() -> System.nanoTime() - lastFrameNanos > 120_000_000L, "a quiet window");
        long rowsAt = rowsFrameAt > keyFiredAt ? rowsFrameAt : at;
        return new Timed((at - keyFiredAt) / 1e6, handled / 1e6, (rowsAt - keyFiredAt) / 1e6);
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, String character, KeyCode code) {
        return new KeyEvent(type, character, "", code, false, false, false, false);
    }

    // ------------------------------------------------------------------ P4 and frames

    private void watchPulses(Scene scene) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()});
            }
        }.start();
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object sceneTracker = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Runnable rendered = () -> { // render thread: touch nothing of the scene graph here
                long now = System.nanoTime();
                lastFrameNanos = now;
                framesRendered++;
                renderCallbacks = true;
                if (rowsLaidOut) {
                    rowsLaidOut = false;
                    rowsFrameAt = now;
                }
                CompletableFuture<Long> waiting = keyFrame;
                if (waiting != null && keyLaidOut) {
                    waiting.complete(now);
                }
            };
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, rendered);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Without the tracker, pulses stand in for frames (noted as renderCallbacks=false).
            scene.addPostLayoutPulseListener(() -> lastFrameNanos = System.nanoTime());
        }
    }

    /** The longest interval between consecutive pulses that ended within [from, to]. */
    private double maxGap(long from, long to) {
        return longest(from, to).length() / 1e6;
    }

    /**
     * The FX thread's CPU time within the longest gap of [from, to], and the most it used between
     * any two pulses there: close to the gap when the gap is the FX thread's own work, far below
     * it when the thread waited (a lock, the renderer) or other threads and GC had the cores.
     */
    private String cpuOfGaps(String phase, long from, long to) {
        Gap gap = longest(from, to);
        long most = gaps(from, to).stream().mapToLong(Gap::fxCpu).max().orElse(0);
        return String.format(Locale.ROOT, "\"%sMaxGapFxCpuMs\":%.1f,\"%sMaxFxCpuMs\":%.1f,\"%sMaxGapAt\":\"%s\"", phase,
                gap.fxCpu() / 1e6, phase, most / 1e6, phase, wallClock(gap.start()));
    }

    /** A nanoTime as wall-clock time, to find it in a flight recording or GC log. */
    private static String wallClock(long nanoTime) {
        return java.time.Instant.ofEpochMilli(System.currentTimeMillis() - (System.nanoTime() - nanoTime) / 1_000_000)
                .toString();
    }

    /** An interval between two consecutive pulses: start (not before its phase), end, FX thread's CPU in it (ns). */
    private record Gap(long start, long end, long fxCpu) {
        long length() {
            return end - start;
        }
    }

    /** The intervals between consecutive pulses that ended within [from, to]. */
    private List<Gap> gaps(long from, long to) {
        long[][] at = pulses.toArray(new long[0][]);
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < at.length; i++) {
            if (at[i][0] >= from && at[i][0] <= to) {
                gaps.add(new Gap(Math.max(at[i - 1][0], from), at[i][0], at[i][1] - at[i - 1][1]));
            }
        }
        return gaps;
    }

    /** The longest gap that ended within [from, to] (the first of equals); an empty one at {@code from} if none. */
    private Gap longest(long from, long to) {
        return gaps(from, to).stream().filter(gap -> gap.length() > 0).max(Comparator.comparingLong(Gap::length))
                .orElse(new Gap(from, from, 0));
    }

    /** The gaps of 50 ms or more that ended within [from, to], as {start, end, FX CPU}, for the profile. */
    private List<long[]> longGaps(long from, long to) {
        return gaps(from, to).stream().filter(gap -> gap.length() >= 50_000_000L)
                .map(gap -> new long[] {gap.start(), gap.end(), gap.fxCpu()}).toList();
    }

    /** Waits until the page's loading indicator has been hidden for a second (the store is idle). */
    private void awaitQuiet(Node loading) throws Exception {
        long[] idleSince = {0};
        await(() -> {
            boolean busy = onFx(loading::isVisible);
            if (busy) {
                idleSince[0] = 0;
            } else if (idleSince[0] == 0) {
                idleSince[0] = System.nanoTime();
            }
            return !busy && System.nanoTime() - idleSince[0] > 1_000_000_000L;
        }, "the loads to finish");
    }

    // ------------------------------------------------------------------ P6

    private static String memory() throws IOException {
        Path status = Path.of("/proc/self/status");
        long rss = -1;
        long hwm = -1;
        long threads = -1;
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                rss = line.startsWith("VmRSS:") ? kb(line) : rss;
                hwm = line.startsWith("VmHWM:") ? kb(line) : hwm;
                threads = line.startsWith("Threads:") ? kb(line) : threads;
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        // After the readings: a full GC shows the live heap, what the heap limit must leave room for.
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "\"rssKb\":%d,\"hwmKb\":%d,\"threads\":%d,\"heapUsedKb\":%d,"
                        + "\"heapCommittedKb\":%d,\"nonHeapCommittedKb\":%d,\"liveHeapKb\":%d", rss, hwm, threads,
                heap.getUsed() / 1024, heap.getCommitted() / 1024, nonHeap.getCommitted() / 1024, live / 1024);
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    // ------------------------------------------------------------------ plumbing

    /**
     * halt() skips the JVM's exit hooks, so a flight recording started with the JVM options
     * ({@code -XX:StartFlightRecording}, e.g. through {@code JDK_JAVA_OPTIONS}) is written here,
     * into the folder {@code pvs.probe.jfr} names.
     */
    private static void dumpFlightRecordings() {
        String folder = System.getProperty("pvs.probe.jfr");
        if (folder == null) {
            return;
        }
        try {
            for (jdk.jfr.Recording recording : jdk.jfr.FlightRecorder.getFlightRecorder().getRecordings()) {
                recording.dump(Path.of(folder, "probe-" + ProcessHandle.current().pid() + "-" + recording.getId() + ".jfr"));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("no flight recording written: " + e);
        }
    }

    private Scene findServersScene() {
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (window.isShowing() && scene != null && scene.lookup("#servers-table") instanceof TableView<?>
                    && scene.lookup("#servers-filter") instanceof TextField) {
                return scene;
            }
        }
        return null;
    }

    /** What is on screen instead, for the failure line. */
    private static String windows() {
        StringBuilder seen = new StringBuilder();
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            seen.append(window.isShowing() ? "shown " : "hidden ").append(scene == null ? "no scene"
                    : scene.getRoot().getClass().getSimpleName() + "#" + scene.getRoot().getId()
                    + (scene.lookup("#servers-table") == null ? " without" : " with") + " #servers-table; ");
        }
        return seen.toString();
    }

    private static Node ancestor(Node node, String id) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (id.equals(p.getId())) {
                return p;
            }
        }
        throw new IllegalStateException("no #" + id + " around the All servers table");
    }

    private static void awaitToolkit() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (true) {
            try {
                Platform.runLater(() -> { });
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the JavaFX toolkit did not start");
                }
                Thread.sleep(20);
            }
        }
    }

    private static boolean await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void emit(String probe, String fields) {
        System.out.println("{\"probe\":\"" + probe + "\"," + fields + "}");
        System.out.flush();
    }
}
