package com.pvsconsole.service.inventory;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounds how many store calls are in flight at once, so discovering 13 regions and loading 20
 * workspaces never fills every worker (user actions still get one at once) and never floods the
 * account's rate limit. A load takes as many slots as it makes calls and gives each back as
 * its call ends. Loads wait in order; the workspace on screen may go first. UI thread only.
 */
final class LoadThrottle {

    /** One queued load: started with a release to call once per slot as its calls end. */
    interface Load {
        void start(Runnable release);
    }

    private record Waiting(Load load, int slots) {
    }

    private final int limit;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int running;

    LoadThrottle(int limit) {
        this.limit = Math.max(1, limit);
    }

    void submit(Load load, int slots) {
        waiting.addLast(new Waiting(load, slots));
        drain();
    }

    /** Queues the load ahead of every waiting one. */
    void submitFirst(Load load, int slots) {
        waiting.addFirst(new Waiting(load, slots));
        drain();
    }

    int running() {
        return running;
    }

    int waiting() {
        return waiting.size();
    }

    /** Forgets queued loads (those running finish or are cancelled by their owners). */
    void clearWaiting() {
        waiting.clear();
    }

    private void drain() {
        while (!waiting.isEmpty() && running < limit) {
            Waiting next = waiting.pollFirst();
            int taken = Math.min(next.slots(), limit);
            running += taken;
            int[] held = {taken};
            next.load().start(() -> {
                if (held[0] > 0) {
                    held[0]--;
                    running--;
                    drain();
                }
            });
        }
    }
}
