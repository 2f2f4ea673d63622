package com.pvsconsole.service.task;

import com.pvsconsole.service.problem.Problem;

/**
 * One activity entry for work that spans several tasks (a request, then a follow), so the
 * Activity page shows it running until it really ends. Obtained from
 * {@link TaskExecutor#track}; finishes once, later calls are ignored. UI thread only.
 */
public final class TrackedWork {

    private final long id;
    private final TaskObserver observer;
    private boolean finished;

    TrackedWork(long id, TaskObserver observer) {
        this.id = id;
        this.observer = observer;
    }

    /** {@code fraction} in [0, 1], or negative when unknown. */
    public void progress(double fraction, String message) {
        if (!finished) {
            observer.progressed(id, fraction, message);
        }
    }

    public void succeeded() {
        finish(TaskOutcome.SUCCEEDED, null);
    }

    public void failed(Problem problem) {
        finish(TaskOutcome.FAILED, problem);
    }

    public void cancelled() {
        finish(TaskOutcome.CANCELLED, null);
    }

    /**
     * Offers Cancel on the Activity page: the user's Cancel ends the entry as cancelled, then runs
     * {@code stop} (which stops the work; what it reports afterwards no longer changes the entry).
     */
    public TrackedWork onCancel(Runnable stop) {
        observer.cancellable(id, new TaskHandle() {
            @Override
            public void cancel() {
                if (!finished) {
                    cancelled();
                    stop.run();
                }
            }

            @Override
            public boolean isDone() {
                return finished;
            }
        });
        return this;
    }

    public boolean isFinished() {
        return finished;
    }

    private void finish(TaskOutcome outcome, Problem problem) {
        if (!finished) {
            finished = true;
            observer.finished(id, outcome, problem);
        }
    }
}
