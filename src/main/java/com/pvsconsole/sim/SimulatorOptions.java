package com.pvsconsole.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a simulator runs.
 *
 * @param port          TCP port on loopback; 0 takes a free one
 * @param timeScale     multiplies the service's durations (1.0 = a build takes a minute, 0.01 = 600 ms)
 * @param tokenLifetime lifetime of issued IAM access tokens
 * @param scale         N: adds a workspace with N generated instances, volumes and networks (0 = none)
 * @param seed          seed of ids and fault rates, for repeatable runs
 * @param stateFile     where the state is kept across restarts, or null for memory only
 * @param clock         the simulator's clock (a test may pass one it moves by hand)
 * @param faults        faults in the command-line form, applied at start
 */
public record SimulatorOptions(int port, double timeScale, Duration tokenLifetime, int scale, long seed, Path stateFile,
                               Clock clock, List<String> faults, String apiKey, int workerThreads) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options and starts the simulator. */
    public static final class Builder {
        private int port;
        private double timeScale = 0.1;
        private Duration tokenLifetime = Duration.ofHours(1);
        private int scale;
        private long seed = 42;
        private Path stateFile;
        private Clock clock = Clock.systemUTC();
        private final List<String> faults = new ArrayList<>();
        private int workerThreads = 8;
        private String apiKey = PowerVsSimulator.DEMO_API_KEY;

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeScale(double timeScale) {
            this.timeScale = timeScale;
            return this;
        }

        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        public Builder scale(int instances) {
            this.scale = instances;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder stateFile(Path stateFile) {
            this.stateFile = stateFile;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** A fault in the command-line form, e.g. {@code "type=status,status=503,route=GET /v1/**,times=2"}. */
        public Builder fault(String fault) {
            this.faults.add(fault);
            return this;
        }

        /** The one API key IAM accepts (default: the demo key); tests use a key with no known shape. */
        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        public Builder workerThreads(int threads) {
            this.workerThreads = threads;
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(port, timeScale, tokenLifetime, scale, seed, stateFile, clock, List.copyOf(faults),
                    apiKey, workerThreads);
        }

        public PowerVsSimulator start() {
            return PowerVsSimulator.start(build());
        }
    }
}
