package com.pvsconsole.service.explain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The transitions the console follows right now (a build, a stop, a capture job...), each with its
 * start, so anyone can ask how long it has run and how that compares with the usual in its zone.
 * When one settles well its duration joins the {@link TransitionHistory}; a failed or abandoned one
 * does not, so a stuck run never teaches the console that stuck is usual. UI thread only.
 */
public final class Transitions {

    /** A job that ran this long is worth a notification when it ends. */
    public static final Duration LONG = Duration.ofMinutes(5);

    /** What listeners hear: every change (a poll, a start, an end), failures and ends. */
    public interface Listener {

        /** A transition started, advanced or ended: re-read what you show. */
        default void changed() {
        }

        /** A transition ended; {@code failed} when it went to ERROR or its job failed. */
        default void ended(Ended ended) {
        }
    }

    /** One transition in flight: what, on which object (id and name), in which zone, since when. */
    public record Running(String subjectId, String subjectName, String zone, TransitionHistory.Kind kind,
                          Instant started) {
    }

    /** How a transition ended and how long it took. */
    public record Ended(Running running, Duration took, boolean failed) {

        public boolean longRunning() {
            return took.compareTo(LONG) >= 0;
        }
    }

    private final TransitionHistory history;
    private final Clock clock;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public Transitions(TransitionHistory history, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Transitions nobody learns from (tests and tools that do not care). */
    public static Transitions untracked(Clock clock) {
        return new Transitions(TransitionHistory.inMemory(), clock);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Starts the clock on {@code subjectId}; a transition already running on it is replaced. */
    public Running begin(String zone, TransitionHistory.Kind kind, String subjectId, String subjectName) {
        Running started = new Running(subjectId, subjectName == null ? "" : subjectName, zone == null ? "" : zone,
                kind, clock.instant());
        running.put(subjectId, started);
        fireChanged();
        return started;
    }

    /** Something was seen of the transition (a poll): listeners re-read elapsed times. */
    public void touched(String subjectId) {
        if (running.containsKey(subjectId)) {
            fireChanged();
        }
    }

    /** It settled where it should: its duration joins the history. */
    public void succeeded(String subjectId) {
        end(subjectId, false);
    }

    /** It went to ERROR or its job failed: flagged at once, not learnt from. */
    public void failed(String subjectId) {
        end(subjectId, true);
    }

    /** The console stopped following it (limit, gone, workspace switch): nothing to learn or tell. */
    public void abandoned(String subjectId) {
        if (running.remove(subjectId) != null) {
            fireChanged();
        }
    }

    public Optional<Running> running(String subjectId) {
        return Optional.ofNullable(running.get(subjectId));
    }

    public List<Running> running() {
        return new ArrayList<>(running.values());
    }

    /** How the transition on {@code subjectId} compares with the usual, while it runs. */
    public Optional<TransitionHistory.Assessment> assess(String subjectId) {
        Running now = running.get(subjectId);
        if (now == null) {
            return Optional.empty();
        }
        return Optional.of(history.assess(now.zone(), now.kind(), Duration.between(now.started(), clock.instant())));
    }

    /** Whether the transition on {@code subjectId} runs past 3x its usual time. */
    public boolean slowerThanUsual(String subjectId) {
        return assess(subjectId).map(TransitionHistory.Assessment::slowerThanUsual).orElse(false);
    }

    public TransitionHistory history() {
        return history;
    }

    private void end(String subjectId, boolean failed) {
        Running ended = running.remove(subjectId);
        if (ended == null) {
            return;
        }
        Duration took = Duration.between(ended.started(), clock.instant());
        if (!failed) {
            history.record(ended.zone(), ended.kind(), took);
        }
        Ended end = new Ended(ended, took, failed);
        listeners.forEach(l -> l.ended(end));
        fireChanged();
    }

    private void fireChanged() {
        listeners.forEach(Listener::changed);
    }
}
