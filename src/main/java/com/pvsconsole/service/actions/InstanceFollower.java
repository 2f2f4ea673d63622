package com.pvsconsole.service.actions;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Duration;
import java.util.Locale;

/**
 * Polls one instance after an action until it rests in the expected state. A transition into
 * ERROR is reported at the first poll that sees it, not after a timeout. Gives up after a
 * bounded number of polls and reports the last state seen.
 */
final class InstanceFollower {

    /** Polls during which an instance that started in ERROR may still show ERROR. */
    private static final int ERROR_GRACE_POLLS = 3;

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final Duration interval;
    private final int maxPolls;
    private final WorkspaceContext ctx;
    private final InstanceTarget target;
    private final InstanceActionKind kind;
    private final ActionListener listener;
    private int polls;
    private boolean sawOtherState;
    private TaskHandle pending = TaskHandle.none();
    private boolean stopped;

    InstanceFollower(PowerVsClient client, TaskExecutor executor, Duration interval, int maxPolls,
                     WorkspaceContext ctx, InstanceTarget target, InstanceActionKind kind, ActionListener listener) {
        this.client = client;
        this.executor = executor;
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.ctx = ctx;
        this.target = target;
        this.kind = kind;
        this.listener = listener;
    }

    void start() {
        scheduleNext();
    }

    void stop() {
        stopped = true;
        pending.cancel();
    }

    private void scheduleNext() {
        if (!stopped) {
            pending = executor.schedule(interval, this::poll);
        }
    }

    private void poll() {
        if (stopped) {
            return;
        }
        polls++;
        pending = executor.submit(BackgroundTask.of("Follow " + kind.name().toLowerCase(Locale.ROOT), target.name(),
                        cancellable(token -> client.getInstance(ctx, target.id(), token)))
                .quiet()
                .onSuccess(this::observe)
                .onFailure(problem -> {
                    if (problem.status() == 404) {
                        stopped = true;
                        listener.instanceGone(target.id());
                    } else {
                        giveUpOrRetry(target.status());
                    }
                }));
    }

    private void observe(PvmInstance instance) {
        listener.instanceUpdated(instance);
        String status = instance.status() == null ? "" : instance.status().toUpperCase(Locale.ROOT);
        boolean startedInError = "ERROR".equalsIgnoreCase(target.status());
        if ("ERROR".equals(status) && (!startedInError || sawOtherState || polls > ERROR_GRACE_POLLS)) {
            finish(status, true);
        } else if (kind.settlesIn(status) && (sawOtherState || polls >= 2 || !status.equalsIgnoreCase(target.status()))) {
            finish(status, false);
        } else {
            sawOtherState |= !status.equalsIgnoreCase(target.status());
            giveUpOrRetry(status);
        }
    }

    private void giveUpOrRetry(String lastStatus) {
        if (polls >= maxPolls) {
            finish(lastStatus, false);
        } else {
            scheduleNext();
        }
    }

    private void finish(String status, boolean error) {
        stopped = true;
        listener.instanceSettled(target.id(), status, error);
    }
}
