package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;

/** Watches every task an executor runs (the activity log). Called on the UI thread. */
public interface TaskObserver {

    void started(long id, BackgroundTask<?> task);

    /**
     * Right after {@link #started} for a task marked {@link BackgroundTask#userCancellable()}: the
     * handle that cancels it, for the Activity page's Cancel.
     */
    default void cancellable(long id, TaskHandle handle) {
    }

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
