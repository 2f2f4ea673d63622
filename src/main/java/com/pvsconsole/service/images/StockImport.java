package com.pvsconsole.service.images;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.Poller;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TrackedWork;
import com.pvsconsole.service.task.WorkSettled;
import java.util.Locale;

/**
 * Copies a stock image into the workspace, then follows the copy with a {@link Poller} until it is
 * active. One activity entry ("Import image") spans request and follow, so the Activity page shows
 * the import running until it really ends, and a copy that ends "failed" (or never settles, or
 * disappears) fails that entry instead of passing for a success. UI thread only.
 */
final class StockImport implements Poller.Watcher<Image> {

    static final String NAME = "Import image";

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final PollSchedule schedule;
    private final WorkspaceContext ctx;
    private final String name;
    private final BackgroundTask.ProgressListener onProgress;
    private final Pending<Image> outcome = new Pending<>();
    private TrackedWork activity;
    private TaskHandle request = TaskHandle.none();
    private TaskHandle follow = TaskHandle.none();
    private String lastState = "requested";
    private final Transitions transitions;
    private final String timingId = "import:" + java.util.UUID.randomUUID();

    private final WorkSettled settled;
    private String imageId;

    StockImport(PowerVsClient client, TaskExecutor executor, PollSchedule schedule, WorkspaceContext ctx, String name,
                BackgroundTask.ProgressListener onProgress, Transitions transitions, WorkSettled settled) {
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.transitions = transitions;
        this.client = client;
        this.executor = executor;
        this.schedule = schedule;
        this.ctx = ctx;
        this.name = name;
        this.onProgress = onProgress;
    }

    /** Starts the import; the handle succeeds once the copy is active, and cancelling it stops request and follow. */
    Pending<Image> start(String stockImageId) {
        activity = executor.track(NAME, name);
        transitions.begin(ctx.crn().location(), TransitionHistory.Kind.IMPORT, timingId, name);
        report("requested");
        // Quiet and named apart: the import's own entry is the one the user follows.
        request = executor.submit(BackgroundTask.of("Request image copy", name,
                        cancellable(token -> client.createImage(ctx, CreateImage.fromStock(stockImageId, name), token)))
                .quiet()
                .onSuccess(this::requested)
                .onFailure(this::fail));
        outcome.onCancelled(this::stop);
        return outcome;
    }

    private void requested(Image image) {
        if (!answered(image)) {
            follow = Poller.start(executor, schedule, "Follow image import", name,
                    cancellable(token -> client.getImage(ctx, image.imageID(), token)), this);
        }
    }

    @Override
    public boolean answered(Image image) {
        String state = image.state() == null ? "" : image.state().toLowerCase(Locale.ROOT);
        lastState = state;
        imageId = image.imageID() != null ? image.imageID() : imageId;
        report(state);
        if (state.equals("active")) {
            // The journal's import entry names the copy by the id the create answered.
            settled.finished(ctx, imageId);
            transitions.succeeded(timingId);
            activity.succeeded();
            outcome.succeed(image);
            return true;
        }
        if (state.equals("failed") || state.equals("error")) {
            settled.failed(ctx, imageId, "The import ended in state " + state);
            transitions.failed(timingId);
            fail(problem("The import ended in state " + state,
                    "Look at the workspace's events for the reason, delete the failed image and import again."));
            return true;
        }
        return false;
    }

    @Override
    public void gone() {
        settled.failed(ctx, imageId, "The imported image disappeared before it was active");
        transitions.abandoned(timingId);
        fail(problem("The imported image disappeared before it was active",
                "Someone may have deleted it: refresh the images list and import again."));
    }

    @Override
    public void timedOut() {
        transitions.abandoned(timingId);
        fail(problem("The import did not finish in time (last state: " + lastState + ")",
                "The service may still finish it: refresh the images list later."));
    }

    private void stop() {
        request.cancel();
        follow.cancel();
        transitions.abandoned(timingId);
        activity.cancelled();
    }

    private void report(String state) {
        transitions.touched(timingId);
        activity.progress(-1, state + transitions.assess(timingId).map(a -> " · " + a.describe()).orElse(""));
        onProgress.progress(-1, state);
    }

    private void fail(Problem problem) {
        transitions.failed(timingId); // a refused request too; nothing if the follow already ended it
        activity.failed(problem);
        outcome.fail(problem);
    }

    private static Problem problem(String title, String hint) {
        return new Problem(NAME, 0, title, hint, "", "", false);
    }
}
