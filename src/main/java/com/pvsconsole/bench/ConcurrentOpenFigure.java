package com.pvsconsole.bench;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.sim.state.ScalePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * P2, at the client level for now: listing the instances, volumes and networks of a
 * 5,000/10,000/500 workspace at once, with 150 ms injected on every call, vs the slowest of the
 * three calls made alone. A console that opens a workspace in parallel pays little more than its
 * slowest call; one that loads in sequence pays the sum. (To be replaced by the console's store.)
 */
final class ConcurrentOpenFigure implements Measurement {

    static final long LATENCY_MS = 150;

    @Override
    public String id() {
        return "P2";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        int instances = options.small() ? 500 : 5000;
        ScalePlan plan = new ScalePlan(instances, instances * 2, instances / 10, 0, 0, 1);
        int warmups = options.runs(3, 1);
        int runs = options.runs(7, 3);
        String fault = "type=latency,latencyMs=" + LATENCY_MS + ",route=GET /pcloud/**";
        ExecutorService pool = Executors.newFixedThreadPool(3, runnable -> {
            Thread t = new Thread(runnable, "bench-p2");
            t.setDaemon(true);
            return t;
        });
        try (SimulatedAccount account = new SimulatedAccount(plan, fault)) {
            List<Callable<Integer>> calls = List.of(
                    () -> account.client().listInstances(account.ctx(), CancellationToken.none()).size(),
                    () -> account.client().listVolumes(account.ctx(), CancellationToken.none()).size(),
                    () -> account.client().listNetworks(account.ctx(), CancellationToken.none()).size());
            List<Double> together = new ArrayList<>();
            List<Double> slowest = new ArrayList<>();
            for (int round = 0; round < warmups + runs; round++) {
                // Alternate which goes first, the three calls alone or together.
                boolean aloneFirst = round % 2 == 0;
                double slowestAlone = aloneFirst ? slowestAlone(calls) : 0;
                long started = System.nanoTime();
                List<Future<Integer>> running = new ArrayList<>();
                calls.forEach(call -> running.add(pool.submit(call)));
                int listed = 0;
                for (Future<Integer> f : running) {
                    listed += f.get();
                }
                double all = Stats.millisSince(started);
                if (!aloneFirst) {
                    slowestAlone = slowestAlone(calls);
                }
                if (listed != plan.instances() + plan.volumes() + plan.networks()) {
                    throw new IllegalStateException("listed " + listed + " resources, expected "
                            + (plan.instances() + plan.volumes() + plan.networks()));
                }
                if (round >= warmups) {
                    together.add(all);
                    slowest.add(slowestAlone);
                }
            }
            return Figure.ratio(id(), String.format(Locale.ROOT,
                    "client: list %,d instances + %,d volumes + %,d networks at once at %d ms/call vs slowest call alone",
                    plan.instances(), plan.volumes(), plan.networks(), LATENCY_MS), Stats.median(together),
                    Stats.median(slowest), "ms", 1.5, warmups + " warm-up + " + runs + " rounds (order alternating), medians");
        } finally {
            pool.shutdownNow();
        }
    }

    private static double slowestAlone(List<Callable<Integer>> calls) throws Exception {
        double slowest = 0;
        for (Callable<Integer> call : calls) {
            long started = System.nanoTime();
            call.call();
            slowest = Math.max(slowest, Stats.millisSince(started));
        }
        return slowest;
    }
}
