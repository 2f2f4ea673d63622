package com.pvsconsole.service.snapshots;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Instance snapshots as recorded background tasks: list (per workspace or per instance), take, restore,
 * delete, and follow one until it rests (available, or an error state). UI thread only; callbacks arrive on
 * it. Input rules are in {@link SnapshotRules}.
 */
public final class SnapshotService {

    /** Statuses a snapshot rests in; creating and restoring are in motion. */
    private static final Set<String> RESTING = Set.of("available", "error", "restore-error", "restore-reverted",
            "rollback-error");

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final Map<String, TaskHandle> followed = new HashMap<>();

    public SnapshotService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this.client = client;
        this.executor = executor;
        this.schedule = new PollSchedule(pollInterval, followLimit);
    }

    public static boolean isResting(String status) {
        return status != null && RESTING.contains(status.toLowerCase(Locale.ROOT));
    }

    /** Every snapshot of the workspace ({@code instanceId} null) or of one instance. */
    public Pending<List<Snapshot>> list(WorkspaceContext ctx, String instanceId) {
        return executor.start(BackgroundTask.of("Load snapshots", instanceId == null ? "" : instanceId,
                        cancellable(token -> instanceId == null ? client.listSnapshots(ctx, token)
                                : client.listInstanceSnapshots(ctx, instanceId, token)))
                .quiet());
    }

    public Pending<SnapshotCreateResponse> create(WorkspaceContext ctx, String instanceId, String instanceName,
                                                  SnapshotCreate request) {
        return executor.start(BackgroundTask.of("Take snapshot", request.name() + " of " + instanceName,
                cancellable(token -> client.createSnapshot(ctx, instanceId, request, token))));
    }

    /** Restores {@code snapshot} onto its instance; without {@code force} the instance must be shut off. */
    public Pending<Snapshot> restore(WorkspaceContext ctx, Snapshot snapshot, boolean force) {
        SnapshotRestore body = SnapshotRestore.builder().force(force ? Boolean.TRUE : null).build();
        return executor.start(BackgroundTask.of("Restore snapshot", snapshot.name(),
                cancellable(token -> client.restoreSnapshot(ctx, snapshot.pvmInstanceID(), snapshot.snapshotID(),
                        body, token))));
    }

    public Pending<Boolean> delete(WorkspaceContext ctx, String snapshotId, String snapshotName) {
        return executor.start(BackgroundTask.of("Delete snapshot", snapshotName,
                cancellable(token -> {
                    client.deleteSnapshot(ctx, snapshotId, token);
                    return Boolean.TRUE;
                })));
    }

    /**
     * Polls the snapshot (the one {@link Poller}) until it rests, is gone ({@code onGone}) or the follow limit
     * is reached; replaces an earlier follow of the same snapshot. Quiet: the activity history is not flooded.
     */
    public void follow(WorkspaceContext ctx, String snapshotId, Consumer<Snapshot> onUpdate, Runnable onGone) {
        stopFollowing(snapshotId);
        followed.put(snapshotId, Poller.start(executor, schedule, "Follow snapshot", snapshotId,
                cancellable(token -> client.getSnapshot(ctx, snapshotId, token)), new Poller.Watcher<Snapshot>() {
                    @Override
                    public boolean answered(Snapshot snapshot) {
                        onUpdate.accept(snapshot);
                        return isResting(snapshot.status());
                    }

                    @Override
                    public void gone() {
                        onGone.run();
                    }
                }));
    }

    public void stopFollowing(String snapshotId) {
        TaskHandle previous = followed.remove(snapshotId);
        if (previous != null) {
            previous.cancel();
        }
    }

    public void stopAll() {
        followed.values().forEach(TaskHandle::cancel);
        followed.clear();
    }
}
