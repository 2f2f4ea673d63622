package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.Problems;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.WorkSettled;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TrackedWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changes to existing volumes as background tasks: grow (never shrink), rename, set bootable, change storage
 * tier, clone through the asynchronous clone API (its task followed to the end) and bulk delete (only once the
 * user typed the count). The {@code *Problem} checks run as the user types; grow repeats the shrink check
 * before sending and the service refuses too. Every method returns the {@link Pending} its caller attaches
 * outcomes to. UI thread only.
 */
public final class VolumeChanges {

    /** The largest volume the service makes. */
    public static final double MAX_SIZE_GB = 72_551;
    /** Fixed-IOPS volumes stop at 200 GB. */
    public static final double MAX_TIER5K_GB = 200;
    /** Volume names as the console accepts them (the service's own limit is not published; this is safe). */
    public static final int MAX_NAME_LENGTH = 120;

    private static final String CLONE = "Clone volumes";

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final Transitions transitions;
    private final WorkSettled settled;

    public VolumeChanges(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this(client, executor, pollInterval, followLimit, Transitions.untracked(java.time.Clock.systemUTC()),
                WorkSettled.NONE);
    }

    /** {@code transitions}: where clones are timed; {@code settled}: told when a clone task ends (the journal). */
    public VolumeChanges(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit,
                         Transitions transitions, WorkSettled settled) {
        this.transitions = java.util.Objects.requireNonNull(transitions, "transitions");
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.client = client;
        this.executor = executor;
        this.schedule = new PollSchedule(pollInterval, followLimit);
    }

    /**
     * {@code rule.volume.shrink|sameSize|tooLarge|tier5k}, or empty when {@code wanted} GB is a valid new size.
     * The same size is refused too: it would send a change that changes nothing.
     */
    public static Optional<Violation> growProblem(double current, double wanted, String diskType) {
        if (wanted < current) {
            return Optional.of(Violation.of("rule.volume.shrink", current));
        }
        if (wanted == current) {
            return Optional.of(Violation.of("rule.volume.sameSize", current));
        }
        if (wanted > MAX_SIZE_GB) {
            return Optional.of(Violation.of("rule.volume.tooLarge", MAX_SIZE_GB));
        }
        if ("tier5k".equals(diskType) && wanted > MAX_TIER5K_GB) {
            return Optional.of(Violation.of("rule.volume.tier5k", MAX_TIER5K_GB));
        }
        return Optional.empty();
    }

    /** {@code rule.volume.tier5k} when a volume over 200 GB would move to fixed IOPS. */
    public static Optional<Violation> tierProblem(double size, String targetTier) {
        return "tier5k".equals(targetTier) && size > MAX_TIER5K_GB
                ? Optional.of(Violation.of("rule.volume.tier5k", MAX_TIER5K_GB)) : Optional.empty();
    }

    /**
     * {@code rule.volume.name.required|tooLong|pattern|taken|unchanged}, or empty for a name the volume can take;
     * {@code others} are the names of the workspace's other volumes.
     */
    public static Optional<Violation> nameProblem(String current, String wanted, Collection<String> others) {
        String name = wanted == null ? "" : wanted.strip();
        if (name.isEmpty()) {
            return Optional.of(Violation.of("rule.volume.name.required"));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(Violation.of("rule.volume.name.tooLong", MAX_NAME_LENGTH, name.length()));
        }
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            return Optional.of(Violation.of("rule.volume.name.pattern"));
        }
        if (name.equals(current)) {
            return Optional.of(Violation.of("rule.volume.name.unchanged"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (others.stream().anyMatch(other -> other != null && other.toLowerCase(Locale.ROOT).equals(lower))) {
            return Optional.of(Violation.of("rule.volume.name.taken", name));
        }
        return Optional.empty();
    }

    /** Bulk delete goes ahead only when the user typed the number of volumes it deletes. */
    public static boolean deleteConfirmed(String typed, int count) {
        return typed != null && typed.strip().equals(Integer.toString(count));
    }

    public Pending<Volume> grow(WorkspaceScope scope, VolumeSubject volume, double newSize) {
        WorkspaceContext ctx = scope.context();
        if (newSize < volume.sizeGb()) {
            // Never sent: the form should have caught it (growProblem); the failure names the rule all the same.
            return Pending.failed(Problems.describe("Grow volume", PowerVsException.invalidInput("input.volume.shrink",
                    "size " + newSize + " GB is below the current " + volume.sizeGb() + " GB")));
        }
        return update("Grow volume", ctx, volume, UpdateVolume.builder().size(newSize).build());
    }

    public Pending<Volume> rename(WorkspaceScope scope, VolumeSubject volume, String newName) {
        WorkspaceContext ctx = scope.context();
        return update("Rename volume", ctx, volume, UpdateVolume.builder().name(newName.strip()).build());
    }

    public Pending<Volume> setBootable(WorkspaceScope scope, VolumeSubject volume, boolean bootable) {
        WorkspaceContext ctx = scope.context();
        return update(bootable ? "Make volume bootable" : "Make volume not bootable", ctx, volume,
                UpdateVolume.builder().bootable(bootable).build());
    }

    private Pending<Volume> update(String name, WorkspaceContext ctx, VolumeSubject volume, UpdateVolume request) {
        return executor.start(BackgroundTask.of(name, volume.name(),
                cancellable(token -> client.updateVolume(ctx, volume.id(), volume.sizeGb(), request, token))));
    }

    /** Asks for the tier change (202: accepted); follow the volume to see it land. */
    public Pending<Boolean> changeTier(WorkspaceScope scope, VolumeSubject volume, String targetTier) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Change storage tier", volume.name() + " to " + targetTier,
                cancellable(token -> {
                    client.performVolumeAction(ctx, volume.id(),
                            VolumeAction.builder().targetStorageTier(targetTier).build(), token);
                    return Boolean.TRUE;
                })));
    }

    /**
     * Starts a clone and follows its task with the one {@link Poller} until it is no longer running. The request
     * is quiet; once accepted, one Activity entry runs until the task ends. {@code onProgress} gets every answer;
     * the handle succeeds with the last one (completed, failed or unknown) and fails when the request is refused
     * or the follow limit passes while the task still runs. Cancelling stops the request or the follow (the
     * service's clone goes on: the clone-task API has no cancel).
     */
    public Pending<CloneTaskStatus> clone(WorkspaceScope scope, VolumesCloneAsyncRequest request,
                                         Consumer<CloneTaskStatus> onProgress) {
        WorkspaceContext ctx = scope.context();
        Pending<CloneTaskStatus> result = new Pending<>();
        TaskHandle[] running = {TaskHandle.none()};
        TrackedWork[] entry = {null};
        result.onCancelled(() -> {
            running[0].cancel();
            if (entry[0] != null) {
                entry[0].cancelled();
            }
        });
        Pending<CloneTaskReference> started = executor.start(BackgroundTask.of(CLONE, request.name(),
                cancellable(token -> client.cloneVolumes(ctx, request, token))).quiet());
        running[0] = started;
        started.onSuccess(task -> {
            if (result.isDone()) {
                return;
            }
            entry[0] = executor.track(CLONE, request.name());
            entry[0].progress(0, "accepted; clone task " + task.cloneTaskID());
            transitions.begin(ctx.crn().location(), TransitionHistory.Kind.CLONE, task.cloneTaskID(), request.name());
            result.onCancelled(() -> transitions.abandoned(task.cloneTaskID()));
            running[0] = followClone(ctx, task.cloneTaskID(), request.name(), entry[0], onProgress, result);
        }).onFailure(result::fail).onCancelled(result::cancel);
        return result;
    }

    private TaskHandle followClone(WorkspaceContext ctx, String taskId, String name, TrackedWork entry,
                                   Consumer<CloneTaskStatus> onProgress, Pending<CloneTaskStatus> result) {
        return Poller.start(executor, schedule, "Follow clone", name,
                cancellable(token -> client.getCloneTask(ctx, taskId, token)), new Poller.Watcher<CloneTaskStatus>() {
                    @Override
                    public boolean answered(CloneTaskStatus status) {
                        long percent = status.percentComplete() == null ? 0 : status.percentComplete();
                        entry.progress(percent / 100.0, status.status() + ", " + percent + "%");
                        onProgress.accept(status);
                        if ("running".equals(status.status())) {
                            transitions.touched(taskId);
                            return false;
                        }
                        if ("completed".equals(status.status())) {
                            transitions.succeeded(taskId);
                            settled.finished(ctx, taskId);
                            entry.succeeded();
                        } else {
                            Problem failed = cloneFailed(name, status);
                            transitions.failed(taskId);
                            settled.failed(ctx, taskId, failed.title());
                            entry.failed(failed);
                        }
                        result.succeed(status);
                        return true;
                    }

                    @Override
                    public void gone() {
                        Problem problem = new Problem(CLONE, 404, "The clone task of " + name + " no longer exists",
                                "Refresh the Volumes page: the clones show there if the task finished.", "", "", false);
                        transitions.abandoned(taskId);
                        entry.failed(problem);
                        result.fail(problem);
                    }

                    @Override
                    public void timedOut() {
                        Problem problem = new Problem(CLONE, 0, "The clone of " + name
                                + " was still running when the console stopped waiting",
                                "Clones can take a long time. The service goes on: refresh later to see the clones.",
                                "", "", true);
                        transitions.abandoned(taskId);
                        entry.failed(problem);
                        result.fail(problem);
                    }
                });
    }

    private static Problem cloneFailed(String name, CloneTaskStatus status) {
        String reason = status.failedReason() == null ? "" : status.failedReason();
        return new Problem(CLONE, 0, "The clone of " + name + " ended " + status.status(),
                "Clones need their volumes in one storage pool, none in error and none already being cloned. "
                        + "Fix what the service says and clone again.", reason, "", false);
    }

    /**
     * Deletes the volumes in one request once {@link #deleteConfirmed} holds for {@code typedCount}, then looks at
     * each volume again: one result per volume, in the order given (a 206 answer deleted only some).
     */
    public Pending<List<VolumeDeleteResult>> deleteAll(WorkspaceScope scope, List<VolumeSubject> volumes,
                                                       String typedCount) {
        WorkspaceContext ctx = scope.context();
        if (!deleteConfirmed(typedCount, volumes.size())) {
            return Pending.failed(new Problem("Delete volumes", 0, "Not confirmed",
                    "Type the number of volumes (" + volumes.size() + ") to confirm the delete.", "", "", false));
        }
        List<String> ids = volumes.stream().map(VolumeSubject::id).toList();
        return executor.start(BackgroundTask.of("Delete volumes", volumes.size() + " volumes",
                cancellable(token -> {
                    client.deleteVolumes(ctx, ids, token);
                    List<VolumeDeleteResult> results = new ArrayList<>();
                    for (VolumeSubject volume : volumes) {
                        results.add(resultOf(volume, lookUp(ctx, volume.id(), token)));
                    }
                    return List.copyOf(results);
                })));
    }

    private Optional<Volume> lookUp(WorkspaceContext ctx, String volumeId, CancellationToken token) {
        try {
            return Optional.of(client.getVolume(ctx, volumeId, token));
        } catch (PowerVsException e) {
            if (e.status().orElse(0) == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static VolumeDeleteResult resultOf(VolumeSubject volume, Optional<Volume> now) {
        if (now.isEmpty()) {
            return new VolumeDeleteResult(volume.id(), volume.name(), VolumeDeleteResult.Outcome.GONE, "");
        }
        String state = now.get().state() == null ? "" : now.get().state();
        return new VolumeDeleteResult(volume.id(), volume.name(), state.startsWith("delet")
                ? VolumeDeleteResult.Outcome.DELETING : VolumeDeleteResult.Outcome.KEPT, state);
    }
}
