package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.VolumesDeleteResponse;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.Problems;
import com.pvsconsole.service.provisioning.Violation;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changes to existing volumes as recorded background tasks: grow (never shrink), rename, set bootable,
 * change storage tier, clone through the asynchronous clone API (its task followed to the end) and bulk
 * delete (only once the user typed the count). The {@code *Problem} checks run as the user types; the client
 * repeats the shrink check before sending and the service refuses too. UI thread only.
 */
public final class VolumeChanges {

    /** The largest volume the service makes. */
    public static final double MAX_SIZE_GB = 72_551;
    /** Fixed-IOPS volumes stop at 200 GB. */
    public static final double MAX_TIER5K_GB = 200;

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;

    public VolumeChanges(PowerVsClient client, TaskExecutor executor, Duration pollInterval, Duration followLimit) {
        this.client = client;
        this.executor = executor;
        this.schedule = new PollSchedule(pollInterval, followLimit);
    }

    /** {@code rule.volume.shrink|tooLarge|tier5k}, or empty when {@code wanted} GB is a valid new size. */
    public static Optional<Violation> growProblem(double current, double wanted, String diskType) {
        if (wanted < current) {
            return Optional.of(Violation.of("rule.volume.shrink", current));
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

    /** Bulk delete goes ahead only when the user typed the number of volumes it deletes. */
    public static boolean deleteConfirmed(String typed, int count) {
        return typed != null && typed.strip().equals(Integer.toString(count));
    }

    public Pending<Volume> grow(WorkspaceContext ctx, Volume volume, double newSize) {
        if (volume.size() != null && newSize < volume.size()) {
            // Never sent: the form should have caught it (growProblem); the failure names the rule all the same.
            return Pending.failed(Problems.describe("Grow volume", PowerVsException.invalidInput("input.volume.shrink",
                    "size " + newSize + " GB is below the current " + volume.size() + " GB")));
        }
        return update("Grow volume", ctx, volume, UpdateVolume.builder().size(newSize).build());
    }

    public Pending<Volume> rename(WorkspaceContext ctx, Volume volume, String newName) {
        return update("Rename volume", ctx, volume, UpdateVolume.builder().name(newName.strip()).build());
    }

    public Pending<Volume> setBootable(WorkspaceContext ctx, Volume volume, boolean bootable) {
        return update(bootable ? "Make volume bootable" : "Make volume not bootable", ctx, volume,
                UpdateVolume.builder().bootable(bootable).build());
    }

    private Pending<Volume> update(String name, WorkspaceContext ctx, Volume volume, UpdateVolume request) {
        return executor.start(BackgroundTask.of(name, volume.name(),
                cancellable(token -> client.updateVolume(ctx, volume.volumeID(), volume.size(), request, token))));
    }

    public Pending<Boolean> changeTier(WorkspaceContext ctx, Volume volume, String targetTier) {
        return executor.start(BackgroundTask.of("Change storage tier", volume.name() + " to " + targetTier,
                cancellable(token -> {
                    client.performVolumeAction(ctx, volume.volumeID(),
                            VolumeAction.builder().targetStorageTier(targetTier).build(), token);
                    return Boolean.TRUE;
                })));
    }

    /**
     * Starts a clone and follows its task until it is no longer running: {@code onProgress} gets every answer,
     * the handle succeeds with the last one (completed, failed or unknown; also the last seen when the follow
     * limit is reached while still running) and fails when the clone is refused.
     */
    public Pending<CloneTaskStatus> clone(WorkspaceContext ctx, VolumesCloneAsyncRequest request,
                                          Consumer<CloneTaskStatus> onProgress) {
        Pending<CloneTaskStatus> finished = new Pending<>();
        executor.start(BackgroundTask.of("Clone volumes", request.name(),
                        cancellable(token -> client.cloneVolumes(ctx, request, token))))
                .onSuccess((CloneTaskReference task) -> followClone(ctx, task.cloneTaskID(), onProgress, finished))
                .onFailure(finished::fail);
        return finished;
    }

    private void followClone(WorkspaceContext ctx, String taskId, Consumer<CloneTaskStatus> onProgress,
                             Pending<CloneTaskStatus> finished) {
        CloneTaskStatus[] last = {null};
        TaskHandle follow = Poller.start(executor, schedule, "Follow clone", taskId,
                cancellable(token -> client.getCloneTask(ctx, taskId, token)), new Poller.Watcher<CloneTaskStatus>() {
                    @Override
                    public boolean answered(CloneTaskStatus status) {
                        last[0] = status;
                        onProgress.accept(status);
                        boolean settled = !"running".equals(status.status());
                        if (settled) {
                            finished.succeed(status);
                        }
                        return settled;
                    }

                    @Override
                    public void timedOut() {
                        if (last[0] != null) {
                            finished.succeed(last[0]); // the last seen, still running, when the limit passed
                        }
                    }
                });
        finished.onCancelled(follow::cancel);
    }

    /**
     * Deletes the volumes in one request once {@link #deleteConfirmed} holds for {@code typedCount}; answers
     * the service's summary (a 206 means some stayed: the summary names them).
     */
    public Pending<VolumesDeleteResponse> deleteAll(WorkspaceContext ctx, List<String> volumeIds, String typedCount) {
        if (!deleteConfirmed(typedCount, volumeIds.size())) {
            return Pending.failed(new Problem("Delete volumes", 0, "Not confirmed",
                    "Type the number of volumes (" + volumeIds.size() + ") to confirm the delete.", "", "", false));
        }
        return executor.start(BackgroundTask.of("Delete volumes", volumeIds.size() + " volumes",
                cancellable(token -> client.deleteVolumes(ctx, volumeIds, token))));
    }
}
