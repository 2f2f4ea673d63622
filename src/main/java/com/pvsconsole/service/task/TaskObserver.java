package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;

/** Watches every task an executor runs (the activity log). Called on the UI thread. */
public interface TaskObserver {

    void started(long id, BackgroundTask<?> task);

    void progressed(long id, double fraction, String message);

    /** {@code problem} is null unless the outcome is {@link TaskOutcome#FAILED}. */
    void finished(long id, TaskOutcome outcome, Problem problem);

    TaskObserver NONE = new TaskObserver() {
        @Override
        public void started(long id, BackgroundTask<?> task) {
        }

        @Override
        public void progressed(long id, double fraction, String message) {
        }

        @Override
        public void finished(long id, TaskOutcome outcome, Problem problem) {
        }
    };
}
