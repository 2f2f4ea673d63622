package com.pvsconsole.app;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Named moments of one start-up, in milliseconds since the JVM started, so {@code --self-test}
 * can say where the time to a populated table went (main, toolkit, window, demo simulator,
 * cached rows, first answer). The first mark of a name wins; safe from any thread.
 */
final class StartupTimeline {

    private final long jvmStartMillis;
    private final LongSupplier nowMillis;
    private final Map<String, Long> marks = new LinkedHashMap<>();

    StartupTimeline(long jvmStartMillis, LongSupplier nowMillis) {
        this.jvmStartMillis = jvmStartMillis;
        this.nowMillis = nowMillis;
    }

    static StartupTimeline sinceJvmStart() {
        return new StartupTimeline(ManagementFactory.getRuntimeMXBean().getStartTime(), System::currentTimeMillis);
    }

    void mark(String name) {
        long at = nowMillis.getAsLong() - jvmStartMillis;
        synchronized (marks) {
            marks.putIfAbsent(name, at);
        }
    }

    /** The marks so far as a JSON object, in the order they happened. */
    String json() {
        synchronized (marks) {
            return marks.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(e -> String.format(Locale.ROOT, "\"%s\":%d", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }
}
