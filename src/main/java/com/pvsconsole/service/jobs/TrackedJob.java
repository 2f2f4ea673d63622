package com.pvsconsole.service.jobs;

import com.pvsconsole.api.model.Job;
import java.time.Instant;
import java.util.Locale;

/**
 * A job as the console last saw it.
 *
 * @param label    what the job does, e.g. "Capture image"
 * @param target   what it acts on, e.g. the instance's name
 * @param state    the service's {@code status.state} (queued, running, completed, failed...)
 * @param progress 0..1, or negative when the service gives none
 * @param message  the service's {@code status.message}, or empty
 */
public record TrackedJob(String id, String label, String target, String state, double progress, String message,
                         Instant started) {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    static TrackedJob started(String id, String label, String target, Instant at) {
        return new TrackedJob(id, label, target, "queued", -1, "", at);
    }

    TrackedJob with(Job job) {
        String newState = job.status() == null || job.status().state() == null ? state
                : job.status().state().toLowerCase(Locale.ROOT);
        String newMessage = job.status() == null || job.status().message() == null ? "" : job.status().message();
        return new TrackedJob(id, label, target, newState, fraction(job), newMessage, started);
    }

    TrackedJob lost(String why) {
        return new TrackedJob(id, label, target, FAILED, progress, why, started);
    }

    public boolean finished() {
        return COMPLETED.equals(state) || FAILED.equals(state);
    }

    public boolean completed() {
        return COMPLETED.equals(state);
    }

    /** "running", or "running: copying volumes" when the service says more. */
    public String describe() {
        return message.isBlank() ? state : state + ": " + message;
    }

    /** The service sends progress as text ("50"); anything unreadable counts as unknown. */
    private static double fraction(Job job) {
        if (job.status() == null || job.status().progress() == null) {
            return -1;
        }
        try {
            double percent = Double.parseDouble(job.status().progress().replace("%", "").strip());
            return Math.max(0, Math.min(1, percent / 100));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
