package com.pvsconsole.service.settings;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of the running console. Changes apply in memory at once and are saved on the
 * given I/O executor, never on the caller's thread (the FX thread may call {@link #update}).
 * Bursts of changes (a window being dragged) collapse into one write of the latest state.
 */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);
    static final String SAVE_FAILED = "Your settings could not be saved; they apply until you close the console.";

    private final SettingsStore store;
    private final Executor ioExecutor;
    private final Consumer<String> saveProblems;
    private final AtomicReference<Settings> current;
    private final Object writeLock = new Object();
    private final AtomicBoolean savePending = new AtomicBoolean();

    /**
     * @param saveProblems receives a user-facing message when a save fails (called on the I/O
     *                     thread: hop to the FX thread before showing it)
     */
    public SettingsService(SettingsStore store, Settings initial, Executor ioExecutor, Consumer<String> saveProblems) {
        this.store = Objects.requireNonNull(store, "store");
        this.ioExecutor = Objects.requireNonNull(ioExecutor, "ioExecutor");
        this.saveProblems = Objects.requireNonNull(saveProblems, "saveProblems");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Settings current() {
        return current.get();
    }

    /** Applies a change, e.g. {@code update(s -> s.withTheme(Theme.DARK))}, and schedules a save. */
    public Settings update(UnaryOperator<Settings> change) {
        Settings updated = current.updateAndGet(change);
        if (savePending.compareAndSet(false, true)) {
            ioExecutor.execute(this::saveLatest);
        }
        return updated;
    }

    /** Saves now on the calling thread (at exit, after the executor has stopped). */
    public void flush() throws IOException {
        savePending.set(false);
        synchronized (writeLock) {
            store.save(current.get());
        }
    }

    private void saveLatest() {
        // Cleared before reading: a change made during the write schedules another save.
        savePending.set(false);
        try {
            // One writer at a time, each writing the newest settings: a slow background save that
            // read an older snapshot can no longer land after the final save at exit.
            synchronized (writeLock) {
                store.save(current.get());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Saving settings to {} failed", store.file(), e);
            saveProblems.accept(SAVE_FAILED);
        }
    }
}
