package com.pvsconsole.app;

import java.util.HashMap;
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
            StackTraceElement[] stack = fx.getStackTrace();
            if (stack.length > 0 && !isIdle(stack[0])) {
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

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }

    static void report(FxSampler s) throws InterruptedException {
        if (s == null) {
            return;
        }
        s.running = false;
        s.sampler.join();
        StringBuilder out = new StringBuilder("[profile " + s.phase + "] " + s.samples + " busy samples of the FX thread\n");
        s.inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(Integer.getInteger("pvs.probe.profileLines", 70))
                .forEach(e -> out.append(String.format("  incl %5d  %s%n", e.getValue(), e.getKey())));
        s.top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> out.append(String.format("  self %5d  %s%n", e.getValue(), e.getKey())));
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
