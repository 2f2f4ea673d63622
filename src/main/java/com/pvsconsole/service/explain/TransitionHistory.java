package com.pvsconsole.service.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.service.settings.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long transitions took in this console, per zone and kind, kept in a JSON file in the cache
 * folder (owner-only, replaced atomically). The estimate is the median of the last
 * {@value #KEPT_PER_KEY} runs; a transition running past {@value #SLOW_FACTOR}x that is "slower than usual".
 * A damaged file is logged and started afresh: the history is a convenience, never a reason to fail.
 */
public final class TransitionHistory {

    public static final String FILE_NAME = "transition-history.json";
    static final int KEPT_PER_KEY = 20;
    static final int SLOW_FACTOR = 3;
    private static final Logger LOG = LoggerFactory.getLogger(TransitionHistory.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The transitions the console follows. */
    public enum Kind { BUILD, STOP, START, RESIZE, CAPTURE, IMPORT, ATTACH, CLONE }

    /** The usual duration and how many runs it rests on. */
    public record Estimate(Duration typical, int samples) {
    }

    /** A running (or finished) transition compared with its estimate. */
    public record Assessment(Kind kind, Duration elapsed, Optional<Estimate> estimate) {

        public boolean slowerThanUsual() {
            return estimate.map(e -> elapsed.compareTo(e.typical().multipliedBy(SLOW_FACTOR)) > 0).orElse(false);
        }

        /** E.g. "BUILD running 42 min; usually 12 min here (8 runs): slower than usual". */
        public String describe() {
            String head = kind + " running " + minutes(elapsed);
            return estimate.map(e -> head + "; usually " + minutes(e.typical()) + " here (" + e.samples()
                    + (e.samples() == 1 ? " run)" : " runs)") + (slowerThanUsual() ? ": slower than usual" : ""))
                    .orElse(head + "; no history yet for this zone");
        }

        private static String minutes(Duration d) {
            long s = d.toSeconds();
            return s < 120 ? s + " s" : (s + 30) / 60 + " min";
        }
    }

    private final Path file;
    private final Map<String, List<Long>> seconds = new HashMap<>();

    private TransitionHistory(Path file) {
        this.file = file;
    }

    /** A history kept in memory only (tests, and a console without a cache folder). */
    public static TransitionHistory inMemory() {
        return new TransitionHistory(null);
    }

    /** The history in {@code cacheFolder}, read now. */
    public static TransitionHistory open(Path cacheFolder) {
        TransitionHistory history = new TransitionHistory(cacheFolder.resolve(FILE_NAME));
        history.load();
        return history;
    }

    public synchronized void record(String zone, Kind kind, Duration took) {
        Objects.requireNonNull(took, "took");
        if (took.isNegative()) {
            return;
        }
        List<Long> runs = seconds.computeIfAbsent(key(zone, kind), k -> new ArrayList<>());
        runs.add(took.toSeconds());
        while (runs.size() > KEPT_PER_KEY) {
            runs.remove(0);
        }
        save();
    }

    public synchronized Optional<Estimate> estimate(String zone, Kind kind) {
        List<Long> runs = seconds.get(key(zone, kind));
        if (runs == null || runs.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = runs.stream().sorted().toList();
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Optional.of(new Estimate(Duration.ofSeconds(median), n));
    }

    public Assessment assess(String zone, Kind kind, Duration elapsed) {
        return new Assessment(kind, elapsed, estimate(zone, kind));
    }

    private static String key(String zone, Kind kind) {
        return (zone == null ? "" : zone.toLowerCase(Locale.ROOT)) + "|" + kind.name();
    }

    private void load() {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            root.path("seconds").fields().forEachRemaining(entry -> {
                List<Long> runs = new ArrayList<>();
                entry.getValue().forEach(v -> {
                    if (v.canConvertToLong() && v.asLong() >= 0) {
                        runs.add(v.asLong());
                    }
                });
                seconds.put(entry.getKey(), runs);
            });
        } catch (NoSuchFileException e) {
            // First run: nothing learnt yet.
        } catch (IOException | RuntimeException e) {
            LOG.warn("Transition history {} is unreadable; starting a new one ({})", file, e.getClass().getSimpleName());
            seconds.clear();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        ObjectNode all = root.putObject("seconds");
        seconds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode runs = all.putArray(e.getKey());
            e.getValue().forEach(runs::add);
        });
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            LOG.warn("Cannot save transition history {} ({})", file, e.getClass().getSimpleName());
        }
    }
}
