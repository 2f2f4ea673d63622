package com.pvsconsole.reliability;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.http.RetryPolicy;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.BulkResult;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.testsupport.SimControl;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One fault suite run: the simulator and its control endpoint, a fresh client under test (production retry
 * policy, a recording sleeper, a switchable resolver), and the service layer the console uses for changes (the
 * pooled task executor with a single "UI" thread, ActionService, VolumeService). Set-up reads go through the
 * fixture's own client, so the client under test starts with no token and no pooled connection.
 */
final class FaultRig implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SimulatedWorkspace ws = SimulatedWorkspace.startWithOwnKey(0.01);
    private final SimControl control = new SimControl(ws.sim().baseUrl());
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final SwitchableDns dns = new SwitchableDns();
    private final PowerVsClient client;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fault-suite-ui");
        t.setDaemon(true);
        return t;
    });
    private final PooledTaskExecutor executor;
    private final ActionService actions;
    private final VolumeService volumes;
    private final Collection<String> secretsSeen;

    /** {@code secretsSeen} collects the API key and every token this run hands out, for the secrets check. */
    FaultRig(Duration callTimeout, Collection<String> secretsSeen) {
        this.secretsSeen = secretsSeen;
        this.client = OkHttpPowerVsClient.create(ws.clientConfig()
                .dns(dns)
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.defaults())
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), callTimeout)
                .writeTimeout(callTimeout)
                .build());
        this.executor = new PooledTaskExecutor(4, uiThread, new ActivityLog(Clock.systemUTC(), 100));
        this.actions = new ActionService(client, executor, Duration.ofMillis(50), Duration.ofSeconds(5));
        this.volumes = new VolumeService(client, executor, Duration.ofMillis(50), Duration.ofSeconds(5));
        control.resetRequests(); // the fixture's own sign-in and set-up reads are not the client's doing
    }

    /** Puts {@code fault} on reads ({@code times} -1 = until removed). */
    void faultReads(FaultCase fault, int times) {
        if (fault.where() == FaultCase.Where.DNS) {
            if (times < 0) {
                dns.failUntilRestored();
            } else {
                dns.failNext(times);
            }
        } else {
            control.addFault(fault.readFault(times));
        }
    }

    /** Puts {@code fault} on every change request until removed. */
    void faultWrites(FaultCase fault) {
        if (fault.where() == FaultCase.Where.DNS) {
            dns.failUntilRestored();
        } else {
            control.addFault(fault.writeFault());
        }
    }

    /** Takes every fault away: the simulator's and the resolver's. */
    void removeFaults() {
        control.clearFaults();
        dns.restore();
    }

    WorkspaceContext ctx() {
        return ws.context();
    }

    PowerVsClient client() {
        return client;
    }

    SimControl control() {
        return control;
    }

    RecordingSleeper sleeper() {
        return sleeper;
    }

    /** Up to {@code count} ACTIVE instances, read by the fixture's own client. */
    List<PvmInstanceReference> activeInstances(int count) {
        return ws.direct().listInstances(ctx(), CancellationToken.none()).stream()
                .filter(i -> "ACTIVE".equals(i.status())).limit(count).toList();
    }

    /** A data volume no instance uses, read by the fixture's own client. */
    VolumeReference freeVolume() {
        return ws.direct().listVolumes(ctx(), CancellationToken.none()).stream()
                .filter(v -> "available".equals(v.state())).findFirst().orElseThrow();
    }

    /** A bulk stop through ActionService, started on the UI thread as the console does. */
    BulkResult stop(List<PvmInstanceReference> instances) throws Exception {
        List<InstanceTarget> targets = instances.stream()
                .map(i -> new InstanceTarget(i.pvmInstanceID(), i.serverName(), i.status())).toList();
        CompletableFuture<BulkResult> done = new CompletableFuture<>();
        uiThread.execute(() -> actions.perform(ws.workspaceScope(), InstanceActionKind.STOP, targets, false, new ActionListener() {
            @Override
            public void actionFinished(BulkResult result) {
                done.complete(result);
            }
        }));
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A rename (PUT) as a background task; empty when it succeeded. */
    Optional<Problem> rename(PvmInstanceReference instance) throws Exception {
        CompletableFuture<Optional<Problem>> done = new CompletableFuture<>();
        PvmInstanceUpdate update = PvmInstanceUpdate.builder().serverName(instance.serverName() + "-r").build();
        uiThread.execute(() -> executor.submit(BackgroundTask.of("Rename instance", instance.serverName(),
                        cancellable(token -> client.updateInstance(ctx(), instance.pvmInstanceID(), update, token)))
                .onSuccess(answer -> done.complete(Optional.empty()))
                .onFailure(problem -> done.complete(Optional.of(problem)))));
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A volume delete through VolumeService; empty when it succeeded. */
    Optional<Problem> delete(VolumeReference volume) throws Exception {
        CompletableFuture<Optional<Problem>> done = new CompletableFuture<>();
        uiThread.execute(() -> volumes.delete(ws.workspaceScope(), volume.volumeID(), volume.name())
                .onDone(() -> done.complete(Optional.empty()))
                .onFailure(problem -> done.complete(Optional.of(problem))));
        return done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A console URL through ActionService; its token is a secret too. */
    String consoleUrl(PvmInstanceReference instance) throws Exception {
        CompletableFuture<String> done = new CompletableFuture<>();
        uiThread.execute(() -> actions.openConsole(ws.workspaceScope(),
                        new InstanceTarget(instance.pvmInstanceID(), instance.serverName(), instance.status()))
                .onSuccess(done::complete)
                .onFailure(problem -> done.completeExceptionally(new AssertionError(problem.details()))));
        String url = done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String token = url.substring(url.indexOf("token=") + "token=".length());
        secretsSeen.add(token.contains("&") ? token.substring(0, token.indexOf('&')) : token);
        return url;
    }

    @Override
    public void close() {
        secretsSeen.add(ws.sim().apiKey());
        secretsSeen.addAll(ws.sim().issuedAccessTokens());
        uiThread.execute(actions::stopFollowing);
        executor.shutdown();
        uiThread.shutdownNow();
        ws.close();
    }
}
