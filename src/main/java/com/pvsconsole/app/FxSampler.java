package com.pvsconsole.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A sampling profile of the JavaFX thread for {@link BenchProbe}, asked for with
 * {@code -Dpvs.probe.profile=true}: every 2 ms the FX thread's stack is taken; at the end the
 * methods seen most often anywhere on the stack (inclusive) are printed to stderr. Enough to see
 * which layout or listener holds the FX thread, with no agent to install. Passed on by the bench:
 * {@code -Dpvs.probe.profileThread=QuantumRenderer-0} samples the render thread instead (painting),
 * {@code -Dpvs.probe.profileLines=N} prints N inclusive lines rather than 70.
 */
final class FxSampler {

    private final String phase;
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> top = new HashMap<>();
    /** -Dpvs.probe.stacks=FILE: every sampled stack, root first, with its count (flame-graph input). */
    private static final String COLLAPSED = System.getProperty("pvs.probe.stacks");
    private final Map<String, Integer> collapsed = new HashMap<>();
    private volatile boolean running = true;
    private int samples;
    private Thread sampler;
    /** Every sample with its time, so the longest gap between pulses can be explained afterwards. */
    private final List<Sample> timeline = new ArrayList<>();

    /** One look at the FX thread: when, its state, and its innermost frames (idle ones included). */
    private record Sample(long at, Thread.State state, boolean idle, StackTraceElement[] stack) {
    }

    private FxSampler(String phase) {
        this.phase = phase;
    }

    static FxSampler startIfAsked(String phase) {
        if (!Boolean.getBoolean("pvs.probe.profile")) {
            return null;
        }
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(System.getProperty("pvs.probe.profileThread", "JavaFX Application Thread")))
                .findFirst().orElse(null);
        if (fx == null) {
            return null;
        }
        FxSampler s = new FxSampler(phase);
        s.sampler = new Thread(() -> s.loop(fx), "pvs-fx-sampler");
        s.sampler.setDaemon(true);
        s.sampler.start();
        return s;
    }

    private void loop(Thread fx) {
        while (running) {
            long at = System.nanoTime();
            Thread.State state = fx.getState();
            StackTraceElement[] stack = fx.getStackTrace();
            boolean idle = stack.length == 0 || isIdle(stack[0]);
            synchronized (timeline) {
                timeline.add(new Sample(at, state, idle, stack));
            }
            if (!idle) {
                samples++;
                if (COLLAPSED != null) {
                    StringBuilder line = new StringBuilder();
                    for (int i = stack.length - 1; i >= 0; i--) {
                        line.append(frame(stack[i])).append(i == 0 ? "" : ";");
                    }
                    collapsed.merge(line.toString(), 1, Integer::sum);
                }
                top.merge(frame(stack[0]), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (StackTraceElement e : stack) {
                    String f = frame(e);
                    if (seen.add(f)) {
                        inclusive.merge(f, 1, Integer::sum);
                    }
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isIdle(StackTraceElement e) {
        return e.getMethodName().equals("_runLoop") || e.getMethodName().startsWith("park")
                || e.getMethodName().equals("wait") || e.getMethodName().equals("wait0")
                || e.getMethodName().equals("_invokeAndWait");
    }

    private String explain(long from, long to, long fxCpu) {
        List<Sample> inside;
        synchronized (timeline) {
            inside = timeline.stream().filter(x -> x.at() >= from && x.at() <= to).toList();
        }
        Map<String, Integer> states = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        long previous = from;
        long longestSilence = 0;
        for (Sample x : inside) {
            longestSilence = Math.max(longestSilence, x.at() - previous);
            previous = x.at();
            states.merge((x.idle() ? "idle-" : "busy-") + x.state(), 1, Integer::sum);
            if (x.stack().length > 0) {
                tops.merge(frame(x.stack()[0]), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (StackTraceElement e : x.stack()) {
                String f = frame(e);
                if ((f.startsWith("com.pvsconsole") || f.contains("Pulse") || f.contains("Layout")
                        || f.contains("CssPass") || f.contains("doCSS") || f.contains("render"))
                        && seen.add(f)) {
                    ours.merge(f, 1, Integer::sum);
                }
            }
        }
        longestSilence = Math.max(longestSilence, to - previous);
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                "[gap %s] %.1f ms (FX thread CPU %.1f ms) from %s, +%.0f ms into the phase: %d samples %s, longest stretch without a sample %.1f ms%n",
                phase, (to - from) / 1e6, fxCpu / 1e6,
                java.time.Instant.ofEpochMilli(System.currentTimeMillis() - (System.nanoTime() - from) / 1_000_000), (from - (timeline.isEmpty() ? from : timeline.get(0).at())) / 1e6,
                inside.size(), states, longestSilence / 1e6));
        appendMost(out, "top", tops, 8);
        appendMost(out, "in", ours, 25);
        return out.toString();
    }

    /** The {@code limit} most counted methods, most first, one line each under {@code label}. */
    private static void appendMost(StringBuilder out, String label, Map<String, Integer> counts, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append(String.format("  %-4s %5d  %s%n", label, e.getValue(), e.getKey())));
    }

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }

    static void report(FxSampler s) throws InterruptedException {
        report(s, List.of());
    }

    /**
     * Prints the phase's profile and, for each of {@code gaps} (pulse-to-pulse intervals as
     * {start, end} nanoTimes), what the FX thread was seen doing inside it: busy in which of our
     * or JavaFX's methods, or idle/blocked (then the gap is not the FX thread's own work).
     */
    static void report(FxSampler s, List<long[]> gaps) throws InterruptedException {
        if (s == null) {
            return;
        }
        s.running = false;
        s.sampler.join();
        StringBuilder out = new StringBuilder("[profile " + s.phase + "] " + s.samples + " busy samples of the FX thread\n");
        appendMost(out, "incl", s.inclusive, Integer.getInteger("pvs.probe.profileLines", 70));
        appendMost(out, "self", s.top, 15);
        gaps.forEach(gap -> out.append(s.explain(gap[0], gap[1], gap[2])));
        System.err.print(out);
        if (COLLAPSED != null) {
            try (java.io.PrintWriter file = new java.io.PrintWriter(COLLAPSED, java.nio.charset.StandardCharsets.UTF_8)) {
                s.collapsed.forEach((stack, count) -> file.println(stack + " " + count));
            } catch (java.io.IOException e) {
                System.err.println("[profile] cannot write " + COLLAPSED);
            }
        }
    }
}
