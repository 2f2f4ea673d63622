package com.pvsconsole.service.task;

/** A submitted task as its submitter sees it. */
public interface TaskHandle {

    /** Cancels the task; its success and failure callbacks will not run afterwards. */
    void cancel();

    boolean isDone();

    /** A handle for something that never ran. */
    static TaskHandle none() {
        return NoTask.INSTANCE;
    }

    /** The inert handle behind {@link #none()}. */
    enum NoTask implements TaskHandle {
        INSTANCE;

        @Override
        public void cancel() {
            // nothing to cancel
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }
}
