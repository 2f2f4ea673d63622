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
 */
public record ActivityEntry(long id, String name, String target, Instant started, Instant finished,
                            TaskOutcome outcome, double progress, String progressMessage, Problem problem) {

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
        return new ActivityEntry(id, name, target, started, null, null, fraction, message, null);
    }

    ActivityEntry finish(Instant at, TaskOutcome result, Problem failure) {
        return new ActivityEntry(id, name, target, started, at, result, 1.0, progressMessage, failure);
    }
}
