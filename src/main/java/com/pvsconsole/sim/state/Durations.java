package com.pvsconsole.sim.state;

import java.time.Duration;

/**
 * How long simulated work takes. Base durations are close to the real service's; the time
 * scale shrinks them (0.01 makes a one-minute build take 600 ms) so demos and tests run fast.
 */
public record Durations(double timeScale) {

    public Durations {
        if (timeScale < 0) {
            throw new IllegalArgumentException("time scale must not be negative");
        }
    }

    public Duration build() {
        return scaled(60);
    }

    public Duration powerChange() {
        return scaled(15);
    }

    public Duration resize() {
        return scaled(30);
    }

    public Duration delete() {
        return scaled(10);
    }

    public Duration volumeCreate() {
        return scaled(5);
    }

    /** Time between a job's progress steps (queued, running 50%, completed). */
    public Duration jobStep() {
        return scaled(10);
    }

    private Duration scaled(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000 * timeScale));
    }
}
