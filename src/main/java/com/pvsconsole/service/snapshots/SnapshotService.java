package com.pvsconsole.service.snapshots;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.WorkSettled;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskWork;
import com.pvsconsole.service.task.TrackedWork;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes, restores and deletes instance snapshots, each followed to its end: the returned handle
 * succeeds when the snapshot is available again (or gone, for a delete) and fails on a refusal or
 * an error status. Every answer of the follow goes into the inventory store, so the Snapshots page
 * and the details tab show the progress; the Activity entry stays open until the snapshot settles.
 * The request itself is quiet (accepted is not done), as for instance actions. Input rules are in
 * {@link SnapshotRules}. UI thread only.
 */
public final class SnapshotService {

    /** Statuses a snapshot rests in; creating, restoring and rolling back are in motion. */
    private static final Set<String> RESTING = Set.of("available", "error", "restore-error", "restore-reverted",
            "rollback-error");

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final InventoryService inventory;
    private final PollSchedule schedule;
    private final Map<String, TaskHandle> followed = new HashMap<>();
    private final WorkSettled settled;

    public SnapshotService(PowerVsClient client, TaskExecutor executor, InventoryService inventory,
                           Duration pollInterval, Duration followLimit) {
        this(client, executor, inventory, pollInterval, followLimit, WorkSettled.NONE);
    }

    /** {@code settled}: told when a followed snapshot rests or goes (the journal marks its entry). */
    public SnapshotService(PowerVsClient client, TaskExecutor executor, InventoryService inventory,
                           Duration pollInterval, Duration followLimit, WorkSettled settled) {
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.client = client;
        this.executor = executor;
        this.inventory = inventory;
        this.schedule = new PollSchedule(pollInterval, followLimit);
    }

    public static boolean isResting(String status) {
        return status != null && RESTING.contains(status.toLowerCase(Locale.ROOT));
    }

    /** Takes a snapshot of the instance; done once the snapshot is available. */
    public Pending<Snapshot> create(WorkspaceScope scope, String instanceId, String instanceName,
                                    SnapshotCreate request) {
        String label = "Take snapshot";
        String target = request.name() + " of " + instanceName;
        return requestThenFollow(scope, label, target, cancellable(token ->
                client.createSnapshot(scope.context(), instanceId, request, token).snapshotID()), false);
    }

    /** Restores {@code snapshot} onto its instance; without {@code force} the instance must be shut off. */
    public Pending<Snapshot> restore(WorkspaceScope scope, Snapshot snapshot, boolean force) {
        SnapshotRestore body = SnapshotRestore.builder().force(force ? Boolean.TRUE : null).build();
        return requestThenFollow(scope, "Restore snapshot", snapshot.name(), cancellable(token -> {
            Snapshot restoring = client.restoreSnapshot(scope.context(), snapshot.pvmInstanceID(),
                    snapshot.snapshotID(), body, token);
            return restoring.snapshotID() == null ? snapshot.snapshotID() : restoring.snapshotID();
        }), false);
    }

    /** Deletes the snapshot; done once the service no longer lists it. */
    public Pending<Snapshot> delete(WorkspaceScope scope, Snapshot snapshot) {
        return requestThenFollow(scope, "Delete snapshot", snapshot.name(), cancellable(token -> {
            client.deleteSnapshot(scope.context(), snapshot.snapshotID(), token);
            return snapshot.snapshotID();
        }), true);
    }

    /** Stops every follow (workspace switch, shutdown); their Activity entries end as cancelled. */
    public void stopAll() {
        Map<String, TaskHandle> running = Map.copyOf(followed);
        followed.clear();
        running.values().forEach(TaskHandle::cancel);
    }

    /**
     * Sends the request (quiet), then opens the Activity entry and follows the snapshot with the one
     * {@link Poller}. {@code untilGone}: a delete ends when the snapshot is gone, the others when it rests.
     */
    private Pending<Snapshot> requestThenFollow(WorkspaceScope scope, String label, String target,
                                                TaskWork<String> request, boolean untilGone) {
        Pending<Snapshot> outcome = new Pending<>();
        Pending<String> sent = executor.start(BackgroundTask.of(label, target, request).quiet());
        outcome.onCancelled(sent::cancel);
        sent.onFailure(outcome::fail).onSuccess(snapshotId -> {
            TrackedWork entry = executor.track(label, target);
            entry.progress(-1, "accepted; waiting for " + target + " to settle");
            TaskHandle previous = followed.remove(snapshotId);
            if (previous != null) {
                previous.cancel();
            }
            Poller<Snapshot> poller = Poller.start(executor, schedule, "Follow snapshot", target,
                    cancellable(token -> client.getSnapshot(scope.context(), snapshotId, token)),
                    new Follow(scope, snapshotId, label, target, untilGone, entry, outcome));
            followed.put(snapshotId, poller);
            outcome.onCancelled(() -> {
                poller.cancel();
                entry.cancelled();
            });
        });
        return outcome;
    }

    /** What the follow of one snapshot does with each answer. */
    private final class Follow implements Poller.Watcher<Snapshot> {
        private final WorkspaceScope scope;
        private final String snapshotId;
        private final String label;
        private final String target;
        private final boolean untilGone;
        private final TrackedWork entry;
        private final Pending<Snapshot> outcome;
        private Snapshot last;

        Follow(WorkspaceScope scope, String snapshotId, String label, String target, boolean untilGone,
               TrackedWork entry, Pending<Snapshot> outcome) {
            this.scope = scope;
            this.snapshotId = snapshotId;
            this.label = label;
            this.target = target;
            this.untilGone = untilGone;
            this.entry = entry;
            this.outcome = outcome;
        }

        @Override
        public boolean answered(Snapshot snapshot) {
            last = snapshot;
            inventory.recordSnapshot(scope, snapshot);
            entry.progress(snapshot.percentComplete() == null ? -1 : snapshot.percentComplete() / 100.0,
                    snapshot.status() == null ? "" : snapshot.status());
            if (untilGone || !isResting(snapshot.status())) {
                return false;
            }
            followed.remove(snapshotId);
            if ("available".equalsIgnoreCase(snapshot.status())) {
                settled.finished(scope.context(), snapshotId);
                entry.succeeded();
                outcome.succeed(snapshot);
            } else {
                Problem failed = failedStatus(snapshot);
                settled.failed(scope.context(), snapshotId, failed.title());
                end(failed);
            }
            return true;
        }

        @Override
        public void gone() {
            followed.remove(snapshotId);
            inventory.forgetSnapshot(scope, snapshotId);
            if (untilGone) {
                settled.finished(scope.context(), snapshotId);
                entry.succeeded();
                outcome.succeed(last);
            } else {
                end(new Problem(label, 404, target + " is gone",
                        "The service no longer lists the snapshot: refresh the snapshots to see what is left.",
                        "", "", false));
            }
        }

        @Override
        public void timedOut() {
            followed.remove(snapshotId);
            end(new Problem(label, 0, target + " had not settled when the console stopped waiting",
                    "The service accepted the request and may still finish it: refresh to see where it stands "
                            + "before trying again.", "", "", true));
        }

        private void end(Problem problem) {
            entry.failed(problem);
            outcome.fail(problem);
        }

        /** The status list of the service's documentation, with what to do about each. */
        private Problem failedStatus(Snapshot snapshot) {
            String status = snapshot.status().toLowerCase(Locale.ROOT);
            String hint = switch (status) {
                case "restore-error" -> "The restore failed and the server may be in ERROR. Retry the restore, or "
                        + "roll it back; reset the server's state afterwards if it stays in ERROR.";
                case "restore-reverted" -> "Another snapshot operation was running on one of its volumes: try "
                        + "again when that one has ended.";
                case "rollback-error" -> "The rollback after a failed restore failed too: open a support case.";
                default -> "The snapshot could not be taken and cannot be recovered: delete it. All its volumes "
                        + "must be attached to the server and sit in one storage pool.";
            };
            String detail = snapshot.statusDetail() == null ? "" : snapshot.statusDetail();
            return new Problem(label, 0, target + " ended in " + status, hint, detail, "", false);
        }
    }
}
