package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import java.util.function.Consumer;

/**
 * Long work (capture, image import) as the service's jobs: queued, then running, then completed
 * or failed, one at a time per workspace. Each step is an event.
 */
public final class JobRunner {

    private final Scheduler scheduler;
    private final Durations durations;
    private final EventRecorder events;
    private final IdSource ids;

    public JobRunner(Scheduler scheduler, Durations durations, EventRecorder events, IdSource ids) {
        this.scheduler = scheduler;
        this.durations = durations;
        this.events = events;
        this.ids = ids;
    }

    /**
     * Starts a job. {@code fails} decides its outcome up front (deterministic for tests);
     * {@code onEnd} receives true on success.
     */
    public ObjectNode start(Workspace ws, String action, String target, boolean fails, Consumer<Boolean> onEnd) {
        boolean busy = ws.jobs.values().stream().anyMatch(JobRunner::running);
        if (busy) {
            throw ApiException.conflict("another capture, import or export job is running in this workspace; "
                    + "wait for it to finish");
        }
        ObjectNode job = JsonNodeFactory.instance.objectNode();
        String id = ids.uuid();
        job.put("id", id);
        job.put("createTimestamp", events.now());
        ObjectNode operation = job.putObject("operation");
        operation.put("action", action);
        operation.put("id", target);
        operation.put("target", target);
        setStatus(job, "queued", "0", "");
        ws.jobs.put(id, job);
        events.info(ws, "job", "create", "Job " + id + " (" + action + ") queued for " + target);
        scheduler.after(durations.jobStep(), () -> {
            setStatus(job, "running", "50", "");
            events.info(ws, "job", "update", "Job " + id + " (" + action + ") running");
            scheduler.after(durations.jobStep(), () -> finish(ws, job, fails, onEnd));
        });
        return job;
    }

    public static boolean running(ObjectNode job) {
        String state = job.path("status").path("state").asText();
        return !state.equals("completed") && !state.equals("failed");
    }

    private void finish(Workspace ws, ObjectNode job, boolean fails, Consumer<Boolean> onEnd) {
        String action = job.path("operation").path("action").asText();
        if (fails) {
            setStatus(job, "failed", "100", "The " + action + " could not be completed: source not readable");
            events.record(ws, "job", "update", "error", "Job " + job.get("id").asText() + " (" + action + ") failed");
        } else {
            setStatus(job, "completed", "100", "");
            events.info(ws, "job", "update", "Job " + job.get("id").asText() + " (" + action + ") completed");
        }
        onEnd.accept(!fails);
    }

    private static void setStatus(ObjectNode job, String state, String progress, String message) {
        ObjectNode status = job.putObject("status");
        status.put("state", state);
        status.put("progress", progress);
        status.put("message", message);
    }
}
