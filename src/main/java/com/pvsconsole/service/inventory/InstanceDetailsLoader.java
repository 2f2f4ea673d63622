package com.pvsconsole.service.inventory;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Loads the details of the selected instance (full record, its volumes, its recent events): the
 * only per-instance calls the console makes, and only for the row the user is looking at.
 * Answers are kept for a short time-to-live, so going back to a row does not call again.
 * Selecting another instance cancels the previous load. UI thread only.
 */
public final class InstanceDetailsLoader {

    private static final Duration EVENT_WINDOW = Duration.ofDays(7);

    private static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final Clock clock;
    private final TtlCache<String, InstanceDetails> cache;
    private TaskHandle current = TaskHandle.none();

    public InstanceDetailsLoader(PowerVsClient client, TaskExecutor executor, Clock clock) {
        this.client = client;
        this.executor = executor;
        this.clock = clock;
        this.cache = new TtlCache<>(clock, TIME_TO_LIVE, 64);
    }

    /**
     * The instance's details: from the cache when {@code fresh} is false and a recent answer is
     * there, else from the service.
     */
    public Pending<InstanceDetails> load(WorkspaceScope scope, String instanceId, String name, boolean fresh) {
        current.cancel();
        String key = scope.workspaceId() + "/" + instanceId;
        if (!fresh) {
            var cached = cache.get(key);
            if (cached.isPresent()) {
                current = TaskHandle.none();
                return Pending.done(cached.get());
            }
        }
        WorkspaceContext ctx = scope.context();
        Pending<InstanceDetails> pending = executor.start(BackgroundTask.of("Load details", name, context -> {
                    CancellationToken token = new CancellationToken();
                    context.onCancel(token::cancel);
                    PvmInstance instance = client.getInstance(ctx, instanceId, token);
                    List<VolumeReference> volumes = client.listInstanceVolumes(ctx, instanceId, token);
                    List<Event> events = client.listEvents(ctx, clock.instant().minus(EVENT_WINDOW), null, token)
                            .stream().filter(event -> concerns(event, instanceId, name)).toList();
                    return new InstanceDetails(instance, volumes, events);
                })
                .quiet()
                .onSuccess(details -> cache.put(key, details)));
        current = pending;
        return pending;
    }

    public void cancel() {
        current.cancel();
    }

    /** Events name their resource loosely (id in metadata or text); match either way. */
    private static boolean concerns(Event event, String instanceId, String name) {
        String metadata = event.metadata() == null ? "" : event.metadata().toString();
        String message = event.message() == null ? "" : event.message();
        return metadata.contains(instanceId) || message.contains(instanceId)
                || (!name.isBlank() && message.contains(name));
    }
}
