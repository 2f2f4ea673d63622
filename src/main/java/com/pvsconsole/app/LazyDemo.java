package com.pvsconsole.app;

import java.util.function.Supplier;

/** Starts the demo's simulator the first time the demo is opened, and stops it at exit. */
final class LazyDemo implements Supplier<DemoBackend>, AutoCloseable {

    private final double timeScale;
    private final Runnable onStarted;
    private DemoBackend demo;

    LazyDemo(double timeScale) {
        this(timeScale, () -> { });
    }

    /** {@code onStarted} runs on the starting thread once the simulator listens (for the start-up timeline). */
    LazyDemo(double timeScale, Runnable onStarted) {
        this.timeScale = timeScale;
        this.onStarted = onStarted;
    }

    /**
     * Starts the simulator on a daemon thread now, so it comes up while the JavaFX toolkit and
     * the window do; {@link #get()} then waits for it instead of starting it.
     */
    LazyDemo warmUp() {
        Thread thread = new Thread(this::get, "pvs-demo-warm-up");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Blocks while the simulator starts: call it off the FX thread. */
    @Override
    public synchronized DemoBackend get() {
        if (demo == null) {
            demo = DemoBackend.start(timeScale);
            onStarted.run();
        }
        return demo;
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
