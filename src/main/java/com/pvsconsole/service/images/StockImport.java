package com.pvsconsole.service.images;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.ProblemException;
import com.pvsconsole.service.task.TaskContext;
import com.pvsconsole.service.task.TaskWork;
import java.time.Duration;
import java.util.Locale;

/**
 * Copies a stock image into the workspace and waits, on its worker thread, until the copy is active. One
 * task covers request and wait, so the Activity page shows the import running until it really ends, and a
 * copy that ends "failed" (or never settles) fails the task instead of passing for a success. The waits
 * between polls end at once when the task is cancelled.
 */
final class StockImport implements TaskWork<Image> {

    private final PowerVsClient client;
    private final WorkspaceContext ctx;
    private final String stockImageId;
    private final String name;
    private final Duration interval;
    private final int maxPolls;

    StockImport(PowerVsClient client, WorkspaceContext ctx, String stockImageId, String name, Duration interval,
                int maxPolls) {
        this.client = client;
        this.ctx = ctx;
        this.stockImageId = stockImageId;
        this.name = name;
        this.interval = interval;
        this.maxPolls = maxPolls;
    }

    @Override
    public Image run(TaskContext context) throws Exception {
        CancellationToken token = new CancellationToken();
        context.onCancel(token::cancel);
        context.updateProgress(-1, "requested");
        Image image = client.createImage(ctx, CreateImage.fromStock(stockImageId, name), token);
        for (int poll = 0; poll < maxPolls; poll++) {
            String state = state(image);
            context.updateProgress(-1, state);
            if (state.equals("active")) {
                return image;
            }
            if (state.equals("failed") || state.equals("error")) {
                throw failed("The import ended in state " + state,
                        "Look at the workspace's events for the reason, delete the failed image and import again.");
            }
            if (token.awaitCancellation(interval)) {
                token.cancel(); // the next call reports the cancellation
            }
            image = client.getImage(ctx, image.imageID(), token);
        }
        throw failed("The import did not finish in time (last state: " + state(image) + ")",
                "The service may still finish it: refresh the images list later.");
    }

    private static String state(Image image) {
        return image.state() == null ? "" : image.state().toLowerCase(Locale.ROOT);
    }

    private ProblemException failed(String title, String hint) {
        return new ProblemException(new Problem("Import image", 0, title, hint, "", "", false));
    }
}
