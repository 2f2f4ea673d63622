package com.pvsconsole.service.snapshots;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final Duration pollInterval;
    private final int maxPolls;
    private final Map<String, TaskHandle> followed = new HashMap<>();

    public SnapshotService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this.client = client;
        this.executor = executor;
        this.pollInterval = pollInterval;
        this.maxPolls = (int) Math.max(1, followLimit.toMillis() / Math.max(1, pollInterval.toMillis()));
    }

    public static boolean isResting(String status) {
        return status != null && RESTING.contains(status.toLowerCase(Locale.ROOT));
    }

    /** Every snapshot of the workspace ({@code instanceId} null) or of one instance. */
    public TaskHandle list(WorkspaceContext ctx, String instanceId, Consumer<List<Snapshot>> onLoaded,
                           Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Load snapshots", instanceId == null ? "" : instanceId,
                        cancellable(token -> instanceId == null ? client.listSnapshots(ctx, token)
                                : client.listInstanceSnapshots(ctx, instanceId, token)))
                .quiet()
                .onSuccess(onLoaded)
                .onFailure(onFailure));
    }

    public TaskHandle create(WorkspaceContext ctx, String instanceId, String instanceName, SnapshotCreate request,
                             Consumer<SnapshotCreateResponse> onCreated, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Take snapshot", request.name() + " of " + instanceName,
                        cancellable(token -> client.createSnapshot(ctx, instanceId, request, token)))
                .onSuccess(onCreated)
                .onFailure(onFailure));
    }

    /** Restores {@code snapshot} onto its instance; without {@code force} the instance must be shut off. */
    public TaskHandle restore(WorkspaceContext ctx, Snapshot snapshot, boolean force, Consumer<Snapshot> onStarted,
                              Consumer<Problem> onFailure) {
        SnapshotRestore body = SnapshotRestore.builder().force(force ? Boolean.TRUE : null).build();
        return executor.submit(BackgroundTask.of("Restore snapshot", snapshot.name(),
                        cancellable(token -> client.restoreSnapshot(ctx, snapshot.pvmInstanceID(), snapshot.snapshotID(),
                                body, token)))
                .onSuccess(onStarted)
                .onFailure(onFailure));
    }

    public TaskHandle delete(WorkspaceContext ctx, String snapshotId, String snapshotName, Runnable onDone,
                             Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Delete snapshot", snapshotName,
                        cancellable(token -> {
                            client.deleteSnapshot(ctx, snapshotId, token);
                            return Boolean.TRUE;
                        }))
                .onSuccess(ignored -> onDone.run())
                .onFailure(onFailure));
    }

    /**
     * Polls the snapshot every interval until it rests, is gone (404: {@code onGone}) or the follow limit is
     * reached; replaces an earlier follow of the same snapshot. Quiet: the activity history is not flooded.
     */
    public void follow(WorkspaceContext ctx, String snapshotId, Consumer<Snapshot> onUpdate, Runnable onGone) {
        stopFollowing(snapshotId);
        Follow follow = new Follow(ctx, snapshotId, onUpdate, onGone);
        followed.put(snapshotId, follow);
        follow.next();
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

    /** One follow: schedule, fetch, report, until resting, gone or out of polls. */
    private final class Follow implements TaskHandle {
        private final WorkspaceContext ctx;
        private final String snapshotId;
        private final Consumer<Snapshot> onUpdate;
        private final Runnable onGone;
        private TaskHandle pending = TaskHandle.none();
        private int polls;
        private boolean stopped;

        Follow(WorkspaceContext ctx, String snapshotId, Consumer<Snapshot> onUpdate, Runnable onGone) {
            this.ctx = ctx;
            this.snapshotId = snapshotId;
            this.onUpdate = onUpdate;
            this.onGone = onGone;
        }

        void next() {
            if (!stopped) {
                pending = executor.schedule(pollInterval, this::poll);
            }
        }

        private void poll() {
            if (stopped) {
                return;
            }
            polls++;
            pending = executor.submit(BackgroundTask.of("Follow snapshot", snapshotId,
                            cancellable(token -> {
                                try {
                                    return Optional.of(client.getSnapshot(ctx, snapshotId, token));
                                } catch (PowerVsException e) {
                                    if (e.status().orElse(0) == 404) {
                                        return Optional.<Snapshot>empty();
                                    }
                                    throw e;
                                }
                            }))
                    .quiet()
                    .onSuccess((Optional<Snapshot> found) -> {
                        if (found.isEmpty()) {
                            stopped = true;
                            onGone.run();
                            return;
                        }
                        onUpdate.accept(found.get());
                        stopped = isResting(found.get().status()) || polls >= maxPolls;
                        next();
                    })
                    .onFailure(problem -> {
                        stopped = polls >= maxPolls;
                        next();
                    }));
        }

        @Override
        public void cancel() {
            stopped = true;
            pending.cancel();
        }

        @Override
        public boolean isDone() {
            return stopped;
        }
    }
}
