package com.pvsconsole.service.actions;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.Locale;

/**
 * Decides, for a {@link Poller} following one instance after an action, when it rests in the
 * expected state. A transition into ERROR is reported at the first poll that sees it, not after a
 * timeout. At the poller's limit the last state seen is reported as settled.
 */
final class InstanceFollower implements Poller.Watcher<PvmInstance> {

    /** Polls during which an instance that started in ERROR may still show ERROR. */
    private static final int ERROR_GRACE_POLLS = 3;

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final WorkspaceContext ctx;
    private final InstanceTarget target;
    private final InstanceActionKind kind;
    private final ActionListener listener;
    private int polls;
    private boolean sawOtherState;
    private String lastStatus;
    private TaskHandle poller = TaskHandle.none();

    InstanceFollower(PowerVsClient client, TaskExecutor executor, PollSchedule schedule, WorkspaceContext ctx,
                     InstanceTarget target, InstanceActionKind kind, ActionListener listener) {
        this.client = client;
        this.executor = executor;
        this.schedule = schedule;
        this.ctx = ctx;
        this.target = target;
        this.kind = kind;
        this.listener = listener;
        this.lastStatus = target.status();
    }

    void start() {
        poller = Poller.start(executor, schedule, "Follow " + kind.name().toLowerCase(Locale.ROOT), target.name(),
                cancellable(token -> client.getInstance(ctx, target.id(), token)), this);
    }

    void stop() {
        poller.cancel();
    }

    /** The user no longer wants to wait: stops polling and reports the change as still going on. */
    void stopWatching() {
        poller.cancel();
        listener.instanceStillChanging(target.id(), lastStatus);
    }

    @Override
    public boolean answered(PvmInstance instance) {
        polls++;
        listener.instanceUpdated(instance);
        String status = instance.status() == null ? "" : instance.status().toUpperCase(Locale.ROOT);
        lastStatus = status;
        boolean startedInError = "ERROR".equalsIgnoreCase(target.status());
        if ("ERROR".equals(status) && (!startedInError || sawOtherState || polls > ERROR_GRACE_POLLS)) {
            listener.instanceSettled(target.id(), status, true);
            return true;
        }
        if (kind.settlesIn(status) && (sawOtherState || polls >= 2 || !status.equalsIgnoreCase(target.status()))) {
            listener.instanceSettled(target.id(), status, false);
            return true;
        }
        sawOtherState |= !status.equalsIgnoreCase(target.status());
        return false;
    }

    @Override
    public void failed(Problem problem) {
        polls++;
    }

    @Override
    public void gone() {
        listener.instanceGone(target.id());
    }

    @Override
    public void timedOut() {
        listener.instanceStillChanging(target.id(), lastStatus);
    }
}
