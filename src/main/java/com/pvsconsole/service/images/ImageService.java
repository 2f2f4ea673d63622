package com.pvsconsole.service.images;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.task.PollSchedule;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Images page's work on the current workspace: its images and the stock catalogue, one image's
 * details, importing a stock image (followed until active) and deleting a workspace image.
 */
public final class ImageService {

    private final PowerVsClient client;
    private final WorkspaceTasks tasks;
    private final PollSchedule schedule;
    private final Transitions transitions;

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
        this.transitions = transitions;
        this.client = client;
        this.tasks = tasks;
        this.schedule = new PollSchedule(pollInterval, importLimit);
    }

    public TaskHandle workspaceImages(WorkspaceScope scope, Consumer<List<ImageReference>> onLoaded, Consumer<Problem> onFailure) {
        return tasks.run(scope, "Load images", client::listImages, onLoaded, onFailure);
    }

    public TaskHandle stockImages(WorkspaceScope scope, Consumer<List<ImageReference>> onLoaded, Consumer<Problem> onFailure) {
        return tasks.run(scope, "Load stock images", client::listStockImages, onLoaded, onFailure);
    }

    /** Details of a workspace image ({@code stock} false) or of a stock image. */
    public TaskHandle details(WorkspaceScope scope, String imageId, boolean stock, Consumer<Image> onLoaded, Consumer<Problem> onFailure) {
        return tasks.quiet(scope, "Load image details", (ctx, token) -> stock ? client.getStockImage(ctx, imageId, token)
                : client.getImage(ctx, imageId, token), onLoaded, onFailure);
    }

    /**
     * Copies {@code stockImageId} into the workspace as {@code name}; {@code onProgress} hears each state the
     * copy passes through, {@code onActive} gets it once it is usable.
     */
    public TaskHandle importFromStock(WorkspaceScope scope, String stockImageId, String name, BackgroundTask.ProgressListener onProgress,
                                      Consumer<Image> onActive, Consumer<Problem> onFailure) {
        if (scope == null) {
            return TaskHandle.none();
        }
        return new StockImport(client, tasks.executor(), schedule, scope.context(), name, onProgress, onActive,
                onFailure, transitions).start(stockImageId);
    }

    public TaskHandle delete(WorkspaceScope scope, ImageReference image, Runnable onDeleted, Consumer<Problem> onFailure) {
        return tasks.work(scope, "Delete image", image.name(), ctx -> cancellable(token -> {
            client.deleteImage(ctx, image.imageID(), token);
            return Boolean.TRUE;
        }), (fraction, message) -> { }, done -> onDeleted.run(), onFailure);
    }
}
