package com.pvsconsole.service.actions;

import com.pvsconsole.api.model.PvmInstance;

/** Progress of instance actions, for the rows and the result summary. UI thread only. */
public interface ActionListener {

    /** The instance is being acted on or followed; its row shows progress. */
    default void instanceBusy(String instanceId, InstanceActionKind kind) {
    }

    /** Fresh state of a followed instance. */
    default void instanceUpdated(PvmInstance instance) {
    }

    /** The instance reached a resting state ({@code error}: it went to ERROR) or stopped being followed. */
    default void instanceSettled(String instanceId, String status, boolean error) {
    }

    /**
     * The follow limit passed while the instance was still changing: it stops being followed,
     * though the service may still finish. By default that is shown like settling.
     */
    default void instanceStillChanging(String instanceId, String lastStatus) {
        instanceSettled(instanceId, lastStatus, false);
    }

    /** The instance no longer exists (after delete). */
    default void instanceGone(String instanceId) {
    }

    /** Every selected instance has an answer (accepted, skipped, not allowed or failed). */
    default void actionFinished(BulkResult result) {
    }
}
