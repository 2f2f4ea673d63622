package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.WorkSettled;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates, attaches, detaches and deletes data volumes, each as a recorded task (so the Activity
 * view lists every change), and follows a changed volume until its state rests. UI thread only.
 */
public final class VolumeService {

    /** States a volume rests in; anything else (creating, attaching, deleting...) is in motion. */
    private static final Set<String> RESTING = Set.of("available", "in-use", "error");

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final Map<String, TaskHandle> followed = new HashMap<>();
    private final Transitions transitions;
    private final WorkSettled settled;

    public VolumeService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this(client, executor, pollInterval, followLimit, Transitions.untracked(java.time.Clock.systemUTC()),
                WorkSettled.NONE);
    }

    /**
     * {@code transitions}: where attaches are timed (per zone, like the server transitions);
     * {@code settled}: told when a followed volume rests or goes (the journal's FINISHED / FAILED).
     */
    public VolumeService(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit,
                         Transitions transitions, WorkSettled settled) {
        this.transitions = java.util.Objects.requireNonNull(transitions, "transitions");
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.client = client;
        this.executor = executor;
        this.schedule = new PollSchedule(pollInterval, followLimit);
    }

    public static boolean isResting(String state) {
        return state != null && RESTING.contains(state.toLowerCase(Locale.ROOT));
    }

    public Pending<Volume> create(WorkspaceScope scope, CreateDataVolume request) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Create volume", request.name(),
                cancellable(token -> client.createVolume(ctx, request, token))));
    }

    public Pending<Boolean> attach(WorkspaceScope scope, VolumeTarget target) {
        WorkspaceContext ctx = scope.context();
        // Timed from the accepted request to the volume at rest (in-use), ended by follow().
        return change("Attach volume", target,
                token -> client.attachVolume(ctx, target.instanceId(), target.volumeId(), token))
                .onSuccess(accepted -> transitions.begin(ctx.crn().location(), TransitionHistory.Kind.ATTACH,
                        target.volumeId(), target.volumeName()));
    }

    public Pending<Boolean> detach(WorkspaceScope scope, VolumeTarget target) {
        WorkspaceContext ctx = scope.context();
        return change("Detach volume", target,
                token -> client.detachVolume(ctx, target.instanceId(), target.volumeId(), token));
    }

    private Pending<Boolean> change(String name, VolumeTarget target, Consumer<CancellationToken> call) {
        return executor.start(BackgroundTask.of(name, target.describe(),
                cancellable(token -> {
                    call.accept(token);
                    return Boolean.TRUE;
                })));
    }

    public Pending<Boolean> delete(WorkspaceScope scope, String volumeId, String volumeName) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Delete volume", volumeName,
                cancellable(token -> {
                    client.deleteVolume(ctx, volumeId, token);
                    return Boolean.TRUE;
                })));
    }

    /**
     * Polls the volume until it rests (or is gone), replacing an earlier follow of the same
     * volume; every answer goes to {@code onUpdate}.
     */
    public void follow(WorkspaceScope scope, String volumeId, String volumeName, Consumer<Volume> onUpdate,
                       Runnable onGone) {
        WorkspaceContext ctx = scope.context();
        stopFollowing(volumeId);
        followed.put(volumeId, Poller.start(executor, schedule, "Follow volume", volumeName,
                cancellable(token -> client.getVolume(ctx, volumeId, token)), new Poller.Watcher<Volume>() {
                    @Override
                    public boolean answered(Volume volume) {
                        onUpdate.accept(volume);
                        boolean resting = isResting(volume.state());
                        if (resting) {
                            settledAt(ctx, volumeId, volume);
                        } else {
                            transitions.touched(volumeId);
                        }
                        return resting;
                    }

                    @Override
                    public void gone() {
                        transitions.abandoned(volumeId);
                        settled.finished(ctx, volumeId); // a delete's work is done
                        onGone.run();
                    }

                    @Override
                    public void timedOut() {
                        transitions.abandoned(volumeId);
                    }
                }));
    }

    private void settledAt(WorkspaceContext ctx, String volumeId, Volume volume) {
        if ("error".equalsIgnoreCase(volume.state())) {
            transitions.failed(volumeId);
            settled.failed(ctx, volumeId, volume.name() + " went to error");
        } else {
            transitions.succeeded(volumeId);
            settled.finished(ctx, volumeId);
        }
    }

    public void stopFollowing(String volumeId) {
        TaskHandle previous = followed.remove(volumeId);
        if (previous != null) {
            previous.cancel();
        }
    }

    /** Stops every follow (workspace switch, shutdown). */
    public void stopAll() {
        followed.values().forEach(TaskHandle::cancel);
        followed.clear();
    }
}
