package com.pvsconsole.sim.state;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * State transitions due at a time of the simulator's clock. Due work runs when the simulator
 * ticks (before each request and on its own timer), so a test with a manual clock decides
 * exactly when a transition happens. Guarded by the state lock like everything else.
 */
public final class Scheduler {

    private record Pending(long dueMillis, long order, Runnable work) {
    }

    private final Clock clock;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            (a, b) -> a.dueMillis != b.dueMillis ? Long.compare(a.dueMillis, b.dueMillis) : Long.compare(a.order, b.order));
    private long counter;
    /** While due work runs, the time it was due: follow-up work is timed from then, not from now. */
    private Long runningDue;

    public Scheduler(Clock clock) {
        this.clock = clock;
    }

    public void after(Duration delay, Runnable work) {
        long base = runningDue != null ? runningDue : clock.millis();
        queue.add(new Pending(base + delay.toMillis(), counter++, work));
    }

    /** Runs every transition whose time has come, including ones scheduled by those. Returns how many ran. */
    public int runDue() {
        int ran = 0;
        long now = clock.millis();
        List<Pending> due = new ArrayList<>();
        while (true) {
            while (!queue.isEmpty() && queue.peek().dueMillis <= now) {
                due.add(queue.poll());
            }
            if (due.isEmpty()) {
                return ran;
            }
            for (Pending p : due) {
                runningDue = p.dueMillis;
                try {
                    p.work.run();
                } finally {
                    runningDue = null;
                }
                ran++;
            }
            due.clear();
        }
    }

    public boolean idle() {
        return queue.isEmpty();
    }
}
