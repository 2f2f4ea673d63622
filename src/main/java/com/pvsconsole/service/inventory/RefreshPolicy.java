package com.pvsconsole.service.inventory;

import com.pvsconsole.service.problem.Problem;
import java.time.Duration;
import java.util.Optional;

/**
 * When a workspace is refreshed next. Settled workspaces wait the interval (five minutes at
 * least while the window is in the background); workspaces with something in transition are
 * polled every few seconds whatever the window does; a 429 backs off, never sooner than the
 * server's {@code Retry-After}; while the network is down attempts thin out to a slow probe.
 */
public final class RefreshPolicy {

    private final Duration interval;
    private final Duration transitionPoll;
    private final Duration backgroundInterval;
    private final Duration maxBackoff;

    /**
     * @param interval           settled refresh interval; zero turns auto-refresh off (transitions are still followed)
     * @param transitionPoll     how often a workspace with something in transition is polled
     * @param backgroundInterval the settled interval's floor while the window has been in the background
     * @param maxBackoff         the longest wait after repeated failures
     */
    public RefreshPolicy(Duration interval, Duration transitionPoll, Duration backgroundInterval, Duration maxBackoff) {
        this.interval = interval == null || interval.isNegative() ? Duration.ZERO : interval;
        this.transitionPoll = transitionPoll;
        this.backgroundInterval = backgroundInterval;
        this.maxBackoff = maxBackoff;
    }

    public static RefreshPolicy defaults(Duration interval) {
        return new RefreshPolicy(interval, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    public RefreshPolicy withInterval(Duration newInterval) {
        return new RefreshPolicy(newInterval, transitionPoll, backgroundInterval, maxBackoff);
    }

    /** The wait after a successful refresh; empty when nothing is to be refreshed automatically. */
    public Optional<Duration> afterSuccess(boolean inTransition, boolean background) {
        if (inTransition) {
            return Optional.of(transitionPoll);
        }
        if (interval.isZero()) {
            return Optional.empty();
        }
        return Optional.of(background ? max(interval, backgroundInterval) : interval);
    }

    /**
     * The wait after the {@code consecutiveFailures}-th failure in a row (1 for the first).
     * Rate limiting doubles from the interval and honours {@code Retry-After}; a lost network
     * doubles from the transition poll; any other failure waits the usual time.
     */
    public Duration afterFailure(Problem problem, int consecutiveFailures, boolean inTransition, boolean background) {
        int doublings = Math.min(Math.max(0, consecutiveFailures - 1), 16);
        if (problem.isRateLimited()) {
            Duration base = interval.isZero() ? transitionPoll : interval;
            return min(max(base.multipliedBy(1L << doublings), problem.retryAfter()), maxBackoff, problem.retryAfter());
        }
        if (problem.isNoConnection()) {
            return min(transitionPoll.multipliedBy(1L << doublings), maxBackoff, Duration.ZERO);
        }
        return afterSuccess(inTransition, background).orElse(max(interval, backgroundInterval));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The smaller of {@code a} and {@code cap}, but never below {@code floor} (a server's Retry-After wins over our cap). */
    private static Duration min(Duration a, Duration cap, Duration floor) {
        Duration capped = a.compareTo(cap) <= 0 ? a : cap;
        return max(capped, floor);
    }
}
