package com.pvsconsole.service.activity;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One task in the activity log: running (no outcome yet) or finished.
 *
 * @param outcome  null while running
 * @param finished null while running
 * @param problem  null unless the task failed
 * @param cancellable whether the user may cancel it from the Activity page (running entries only)
 */
public record ActivityEntry(long id, String name, String target, Instant started, Instant finished,
                            TaskOutcome outcome, double progress, String progressMessage, Problem problem,
                            boolean cancellable) {

    /** A running entry, just started. */
    static ActivityEntry started(long id, String name, String target, Instant at) {
        return new ActivityEntry(id, name, target, at, null, null, -1, "", null, false);
    }

    public boolean running() {
        return outcome == null;
    }

    public Duration duration(Instant now) {
        return Duration.between(started, finished == null ? now : finished);
    }

    public Optional<Problem> failure() {
        return Optional.ofNullable(problem);
    }

    ActivityEntry withProgress(double fraction, String message) {
        return new ActivityEntry(id, name, target, started, null, null, fraction, message, null, cancellable);
    }

    ActivityEntry withCancel() {
        return new ActivityEntry(id, name, target, started, null, null, progress, progressMessage, null, true);
    }

    ActivityEntry finish(Instant at, TaskOutcome result, Problem failure) {
        return new ActivityEntry(id, name, target, started, at, result, 1.0, progressMessage, failure, false);
    }
}
