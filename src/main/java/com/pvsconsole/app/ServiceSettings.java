package com.pvsconsole.app;

import java.time.Duration;

/**
 * Tunables of the background service layer.
 *
 * @param workerThreads bounded pool size for API calls
 * @param autoRefresh   how often the workspace's lists reload quietly (zero: never)
 * @param pollInterval  how often an instance is polled after an action
 * @param followLimit   how long an instance is followed before the console stops waiting
 */
public record ServiceSettings(int workerThreads, Duration autoRefresh, Duration pollInterval, Duration followLimit) {

    public static ServiceSettings defaults() {
        return new ServiceSettings(8, Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(15));
    }
}
