package com.pvsconsole.service.images;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.WorkSettled;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.time.Duration;
import java.util.List;

/**
 * The Images page's work on a given workspace: the stock catalogue, one image's details, importing a
 * stock image (followed until active) and deleting a workspace image. The workspace's own images
 * are a kind of the inventory store.
 */
public final class ImageService {

    private final PowerVsClient client;
    private final WorkspaceTasks tasks;
    private final PollSchedule schedule;
    private final Transitions transitions;
    private final WorkSettled settled;

    /**
     * @param pollInterval how often an import is polled
     * @param importLimit  how long an import is followed before the console stops waiting
     */
    public ImageService(PowerVsClient client, WorkspaceTasks tasks, Duration pollInterval, Duration importLimit) {
        this(client, tasks, pollInterval, importLimit, Transitions.untracked(java.time.Clock.systemUTC()));
    }

    /** {@code transitions}: where imports are timed against the usual in their zone. */
    public ImageService(PowerVsClient client, WorkspaceTasks tasks, Duration pollInterval, Duration importLimit,
                        Transitions transitions) {
        this(client, tasks, pollInterval, importLimit, transitions, WorkSettled.NONE);
    }

    /** {@code settled}: told when an import ends (the journal marks its entry FINISHED or FAILED). */
    public ImageService(PowerVsClient client, WorkspaceTasks tasks, Duration pollInterval, Duration importLimit,
                        Transitions transitions, WorkSettled settled) {
        this.settled = java.util.Objects.requireNonNull(settled, "settled");
        this.transitions = transitions;
        this.client = client;
        this.tasks = tasks;
        this.schedule = new PollSchedule(pollInterval, importLimit);
    }

    public Pending<List<ImageReference>> stockImages(WorkspaceScope scope) {
        return tasks.run(scope, "Load stock images", client::listStockImages);
    }

    /** Details of a workspace image ({@code stock} false) or of a stock image. */
    public Pending<Image> details(WorkspaceScope scope, String imageId, boolean stock) {
        return tasks.quiet(scope, "Load image details", (ctx, token) -> stock ? client.getStockImage(ctx, imageId, token)
                : client.getImage(ctx, imageId, token));
    }

    /**
     * Copies {@code stockImageId} into the workspace as {@code name}; {@code onProgress} hears each state the
     * copy passes through, and the handle succeeds with the image once it is usable.
     */
    public Pending<Image> importFromStock(WorkspaceScope scope, String stockImageId, String name,
                                          BackgroundTask.ProgressListener onProgress) {
        if (scope == null) {
            return new Pending<>();
        }
        return new StockImport(client, tasks.executor(), schedule, scope.context(), name, onProgress, transitions, settled)
                .start(stockImageId);
    }

    public Pending<Boolean> delete(WorkspaceScope scope, ImageReference image) {
        return tasks.work(scope, "Delete image", image.name(), ctx -> cancellable(token -> {
            client.deleteImage(ctx, image.imageID(), token);
            return Boolean.TRUE;
        }), (fraction, message) -> { });
    }
}
