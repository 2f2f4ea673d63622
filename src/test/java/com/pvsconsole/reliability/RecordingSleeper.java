package com.pvsconsole.reliability;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records each wait the retry policy asks for instead of waiting it out, so the suite checks the real backoff
 * (and Retry-After) without spending seconds per case.
 */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration delay, CancellationToken cancel) {
        waits.add(delay);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }

    void clear() {
        waits.clear();
    }
}
