package com.pvsconsole.service.task;

/**
 * What a running task may do besides its work: report progress, notice cancellation and
 * register a hook that aborts blocking I/O (for example an HTTP call) when it is cancelled.
 */
public interface TaskContext {

    /** Reports progress; {@code fraction} in [0, 1], or negative when unknown. */
    void updateProgress(double fraction, String message);

    boolean isCancelled();

    /**
     * Registers an action run once when the task is cancelled, so cancellation reaches the
     * socket instead of waiting for the call to finish. Runs at once if already cancelled.
     */
    void onCancel(Runnable hook);
}
