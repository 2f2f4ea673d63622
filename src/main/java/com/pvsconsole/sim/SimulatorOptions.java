package com.pvsconsole.sim;

import com.pvsconsole.sim.state.ScalePlan;
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
 * @param scale         generated workspaces added to the seed (see {@link ScalePlan}; none by default)
 * @param seed          seed of ids and fault rates, for repeatable runs
 * @param stateFile     where the state is kept across restarts, or null for memory only
 * @param clock         the simulator's clock (a test may pass one it moves by hand)
 * @param faults        faults in the command-line form, applied at start
 */
public record SimulatorOptions(int port, double timeScale, Duration tokenLifetime, ScalePlan scale, long seed, Path stateFile,
                               Clock clock, List<String> faults, String apiKey, int workerThreads) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options and starts the simulator. */
    public static final class Builder {
        private int port;
        private double timeScale = 0.1;
        private Duration tokenLifetime = Duration.ofHours(1);
        private ScalePlan scale = ScalePlan.none();
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

        /** The original form: one workspace with N instances, N boot volumes and N networks. */
        public Builder scale(int instances) {
            this.scale = ScalePlan.uniform(instances);
            return this;
        }

        /** Per-kind counts and the number of workspaces that get them. */
        public Builder scale(ScalePlan plan) {
            this.scale = plan;
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
