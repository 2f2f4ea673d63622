package com.pvsconsole.bench;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.Delta;
import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.task.TaskObserver;
import com.pvsconsole.sim.state.ScalePlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P2, at console level: a fresh inventory store (the console's {@link InventoryService}, its
 * worker pool and concurrency bound, callbacks on a single "UI" thread) opens a
 * 5,000/10,000/500 workspace with 150 ms injected on every call: from the moment the region's
 * workspace list has arrived (the store knows the workspace) until the store says the workspace
 * is loaded, i.e. its three lists fetched, decoded, merged and announced to a listener. The floor
 * is the slowest of the workspace's three list calls made alone through the same client. The
 * region's other (demo) workspaces load too, as they do in the console.
 */
final class WorkspaceOpenFigure implements Measurement {

    static final long LATENCY_MS = 150;
    /** As the console: {@code ServiceSettings.defaults()} has 8 workers, the store may use 8 - 2. */
    private static final int WORKERS = 8;
    private static final int STORE_CALLS = WORKERS - 2;

    @Override
    public String id() {
        return "P2";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        int instances = options.small() ? 500 : 5000;
        ScalePlan plan = new ScalePlan(instances, instances * 2, instances / 10, 0, 0, 1);
        int warmups = options.runs(3, 1);
        int runs = options.runs(7, 2);
        String fault = "type=latency,latencyMs=" + LATENCY_MS + ",route=GET /pcloud/**";
        ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "bench-p2-ui");
            t.setDaemon(true);
            return t;
        });
        try (SimulatedAccount account = new SimulatedAccount(plan, fault)) {
            List<Double> opens = new ArrayList<>();
            List<Double> slowest = new ArrayList<>();
            int[] announced = new int[1];
            for (int round = 0; round < warmups + runs; round++) {
                // Alternate which goes first, the store's open or the calls alone.
                boolean aloneFirst = round % 2 == 0;
                double slowestAlone = aloneFirst ? slowestAlone(account) : 0;
                double open = openOnce(account, ui, announced);
                if (!aloneFirst) {
                    slowestAlone = slowestAlone(account);
                }
                if (announced[0] != plan.instances()) {
                    throw new IllegalStateException("the store announced " + announced[0] + " instances, expected "
                            + plan.instances());
                }
                if (round >= warmups) {
                    opens.add(open);
                    slowest.add(slowestAlone);
                }
            }
            return Figure.ratio(id(), String.format(Locale.ROOT,
                    "console store (InventoryService) opens a %,d/%,d/%,d workspace at %d ms/call vs slowest call alone",
                    plan.instances(), plan.volumes(), plan.networks(), LATENCY_MS), Stats.median(opens),
                    Stats.median(slowest), "ms", 1.5, warmups + " warm-up + " + runs
                            + " rounds (order alternating), medians; region list arrived -> workspaceLoaded, "
                            + STORE_CALLS + " concurrent calls, " + WORKERS + " workers");
        } finally {
            ui.shutdownNow();
        }
    }

    /** One fresh store: lists the region, then times the workspace's open. */
    private static double openOnce(SimulatedAccount account, ExecutorService ui, int[] announced) throws Exception {
        PooledTaskExecutor executor = new PooledTaskExecutor(WORKERS, ui, TaskObserver.NONE);
        InventoryService store = new InventoryService("bench", account.client(), RegionCatalog.loadDefault(), executor,
                Clock.systemUTC(), RefreshPolicy.defaults(Duration.ZERO), STORE_CALLS);
        RegionEndpoint endpoint = account.ctx().endpoint();
        String workspaceId = account.workspaceId();
        CompletableFuture<Double> opened = new CompletableFuture<>();
        long[] listed = {0};
        AtomicInteger instances = new AtomicInteger();
        store.addListener(new InventoryListener() {
            @Override
            public void workspacesChanged(RegionEndpoint region, List<WorkspaceScope> workspaces) {
                if (listed[0] == 0 && workspaces.stream().anyMatch(ws -> ws.workspaceId().equals(workspaceId))) {
                    listed[0] = System.nanoTime();
                    workspaces.stream().filter(ws -> ws.workspaceId().equals(workspaceId)).findFirst()
                            .ifPresent(store::focus);
                }
            }

            @Override
            public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
                if (scope.workspaceId().equals(workspaceId)) {
                    instances.addAndGet(delta.added().size());
                }
            }

            @Override
            public void workspaceLoaded(WorkspaceScope scope, Instant at) {
                if (scope.workspaceId().equals(workspaceId) && listed[0] != 0) {
                    opened.complete(Stats.millisSince(listed[0]));
                }
            }

            @Override
            public void workspaceFailed(WorkspaceScope scope, Problem problem) {
                opened.completeExceptionally(new IllegalStateException("load failed: " + problem.title()));
            }
        });
        try {
            ui.execute(() -> store.discoverRegion(endpoint));
            double ms = opened.get(120, TimeUnit.SECONDS);
            announced[0] = instances.get();
            return ms;
        } finally {
            CompletableFuture.runAsync(store::close, ui).get(10, TimeUnit.SECONDS);
            executor.shutdown();
        }
    }

    private static double slowestAlone(SimulatedAccount account) {
        List<Runnable> calls = List.of(
                () -> account.client().listInstances(account.ctx(), CancellationToken.none()),
                () -> account.client().listVolumes(account.ctx(), CancellationToken.none()),
                () -> account.client().listNetworks(account.ctx(), CancellationToken.none()));
        double slowest = 0;
        for (Runnable call : calls) {
            long started = System.nanoTime();
            call.run();
            slowest = Math.max(slowest, Stats.millisSince(started));
        }
        return slowest;
    }
}
