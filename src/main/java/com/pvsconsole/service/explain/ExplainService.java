package com.pvsconsole.service.explain;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskContext;
import com.pvsconsole.service.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the evidence for one server in the background (the server with its fault, its recent
 * events, the last action this console took on it, the workspace's jobs and quota, and how its
 * running transition compares with the usual) and explains it. The server itself must be read;
 * the rest is best effort, so an unreachable job list never hides the fault.
 */
public final class ExplainService {

    /**
     * Events looked at: a fault can be weeks old, and the service keeps only about 400 events, so
     * reaching far back costs little and finds the event that says when the server went to ERROR.
     */
    static final Duration EVENT_WINDOW = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(ExplainService.class);

    private final PowerVsClient client;
    private final TaskExecutor executor;
    private final Explainer explainer;
    private final LastActions lastActions;
    private final Transitions transitions;
    private final Clock clock;

    public ExplainService(PowerVsClient client, TaskExecutor executor, Explainer explainer, LastActions lastActions,
                          Transitions transitions, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.lastActions = Objects.requireNonNull(lastActions, "lastActions");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Explains server {@code instanceId} of {@code scope}; call on the UI thread. {@code progress}
     * hears each step ("Reading recent events") on the UI thread.
     */
    public Pending<Explanation> explain(WorkspaceScope scope, String instanceId, String name,
                                        BackgroundTask.ProgressListener progress) {
        Optional<TransitionHistory.Assessment> pace = transitions.assess(instanceId); // read here: UI-thread state
        WorkspaceContext ctx = scope.context();
        String zone = scope.zone().isBlank() ? scope.crn().location() : scope.zone();
        return executor.start(BackgroundTask.of("Explain", name, context -> {
            CancellationToken token = new CancellationToken();
            context.onCancel(token::cancel);
            context.updateProgress(0.1, "Reading the server");
            PvmInstance server = client.getInstance(ctx, instanceId, token);
            context.updateProgress(0.3, "Reading recent events");
            List<Event> events = optional(context, "events", () -> client.listEvents(ctx,
                    clock.instant().minus(EVENT_WINDOW), null, token).stream()
                    .filter(e -> concerns(e, instanceId, name)).toList()).orElse(List.of());
            context.updateProgress(0.5, "Reading the workspace's jobs");
            List<Job> jobs = optional(context, "jobs", () -> client.listJobs(ctx, token)).orElse(List.of());
            context.updateProgress(0.7, "Reading the quota");
            QuotaHeadroom quota = optional(context, "quota", () -> QuotaHeadroom.of(client.getCloudInstance(ctx, token)))
                    .orElse(QuotaHeadroom.none());
            context.updateProgress(0.9, "Explaining");
            Optional<ConsoleActionRecord> last = optional(context, "journal", () -> lastActions.lastOn(instanceId))
                    .flatMap(o -> o);
            return explainer.explain(new ExplainRequest(server, zone, events, last, jobs, quota, pace));
        }).onProgress(progress));
    }

    /** Best-effort evidence: a failure is logged once and left out; cancellation still ends the task. */
    private static <T> Optional<T> optional(TaskContext context, String what, Callable<T> read) throws Exception {
        try {
            return Optional.ofNullable(read.call());
        } catch (Exception e) {
            if (context.isCancelled()) {
                throw e;
            }
            LOG.info("Explain goes on without the {} ({})", what, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Events name their server loosely (id in metadata or text, or its name); match either way. */
    private static boolean concerns(Event event, String instanceId, String name) {
        String metadata = event.metadata() == null ? "" : event.metadata().toString();
        String message = event.message() == null ? "" : event.message();
        String resource = event.resource() == null ? "" : event.resource();
        return resource.equals(instanceId) || metadata.contains(instanceId) || message.contains(instanceId)
                || (name != null && !name.isBlank() && message.contains(name));
    }
}
