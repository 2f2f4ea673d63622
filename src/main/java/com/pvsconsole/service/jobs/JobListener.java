package com.pvsconsole.service.jobs;

import com.pvsconsole.api.model.Job;

/** What a job's follower hears. UI thread only. */
public interface JobListener {

    /** A fresh reading of the job (state, progress, message). */
    default void jobUpdated(Job job) {
    }

    /** The job ended: {@code completed} true for completed, false for failed or lost. */
    default void jobFinished(TrackedJob job, boolean completed) {
    }

    JobListener NONE = new JobListener() {
    };
}
