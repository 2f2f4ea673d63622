package com.pvsconsole.service.resources;

/**
 * What a bulk delete did to one of its volumes, read back from the service after the request: the summary of
 * the bulk call names only the refused ones, so each volume is looked at again.
 *
 * @param state the volume's state when it was looked at (empty when it was already gone)
 */
public record VolumeDeleteResult(String volumeId, String volumeName, Outcome outcome, String state) {

    public enum Outcome {
        /** Accepted: the volume is being deleted. */
        DELETING,
        /** Already gone when looked at. */
        GONE,
        /** The service kept it (attached, in a snapshot, busy): {@link #state()} says how it is. */
        KEPT
    }

    public boolean deleted() {
        return outcome != Outcome.KEPT;
    }
}
