package com.pvsconsole.service.memory;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the console, before an {@code OutOfMemoryError}, that the fleet is larger than this heap holds: when the
 * old generation is still {@value #SHORT_AT_PERCENT}% full right after a collection, the live data (the loaded
 * lists) leaves the next refresh no room. Publishes "short" once two readings in a row are above the line (one
 * collection can leave old garbage there that the next concurrent cycle clears) and "fine" only once the old
 * generation has dropped below {@value #FINE_BELOW_PERCENT}% after a collection, so a heap hovering near the line
 * does not make the warning blink; logs the first time it is short, once per run.
 */
public final class HeapGuard implements AutoCloseable {

    static final int SHORT_AT_PERCENT = 85;
    static final int FINE_BELOW_PERCENT = 70;
    private static final Logger LOG = LoggerFactory.getLogger(HeapGuard.class);

    private final HeapReadings readings;
    private final HeapSetting setting;
    private final List<Consumer<HeapStatus>> listeners = new CopyOnWriteArrayList<>();
    private HeapStatus status;
    private boolean logged;
    private int readingsAbove;
    private AutoCloseable watch;

    public HeapGuard(HeapReadings readings, HeapSetting setting) {
        this.readings = readings;
        this.setting = setting;
        this.status = new HeapStatus(false, 0, setting);
    }

    /** Starts watching; idempotent. */
    public synchronized void start() {
        if (watch == null) {
            watch = readings.watch(SHORT_AT_PERCENT / 100.0, this::onReading);
        }
    }

    /** Hears every change of status from now on (on the thread that reported the collection). */
    public void addListener(Consumer<HeapStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<HeapStatus> listener) {
        listeners.remove(listener);
    }

    public synchronized HeapStatus status() {
        return status;
    }

    private void onReading(HeapReading reading) {
        HeapStatus changed = null;
        synchronized (this) {
            readingsAbove = reading.fill() >= SHORT_AT_PERCENT / 100.0 ? readingsAbove + 1 : 0;
            boolean isShort = status.shortOfMemory()
                    ? reading.fill() >= FINE_BELOW_PERCENT / 100.0
                    : readingsAbove >= 2;
            if (isShort != status.shortOfMemory()) {
                status = new HeapStatus(isShort, reading.max(), setting);
                changed = status;
                if (isShort && !logged) {
                    logged = true;
                    LOG.warn(String.format(Locale.ROOT, "Memory short: %d of %d MB still in use after a garbage "
                                    + "collection; the fleet is larger than this heap holds. Raise -Xmx%dm (e.g. to "
                                    + "-Xmx%dm) in %s and restart.", reading.usedAfterGc() >> 20, status.maxMegabytes(),
                            status.maxMegabytes(), status.suggestedMegabytes(), setting.configFile()
                                    .orElse("the java command line (app/launcher-options.txt for the installers)")));
                }
            }
        }
        if (changed != null) {
            for (Consumer<HeapStatus> listener : listeners) {
                listener.accept(changed);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.debug("Stopping the heap watch failed ({})", e.getClass().getSimpleName());
            }
            watch = null;
        }
    }
}
