package com.pvsconsole.service.task;

import com.pvsconsole.api.WorkspaceContext;

/**
 * Told when the console sees work it asked for settle (a followed server, volume or job): so the record of
 * the request (the action journal) can say FINISHED or FAILED, not only that the service accepted it.
 */
public interface WorkSettled {

    /** Nobody listens. */
    WorkSettled NONE = new WorkSettled() {
        @Override
        public void finished(WorkspaceContext ctx, String objectId) {
        }

        @Override
        public void failed(WorkspaceContext ctx, String objectId, String problem) {
        }
    };

    /** The work on {@code objectId} (a server, volume, job or clone task id) ended where it should. */
    void finished(WorkspaceContext ctx, String objectId);

    /** It ended badly; {@code problem} is the words the user saw. */
    void failed(WorkspaceContext ctx, String objectId, String problem);
}
