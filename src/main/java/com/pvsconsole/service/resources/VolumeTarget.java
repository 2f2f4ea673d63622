package com.pvsconsole.service.resources;

/** A volume and the instance it is attached to or detached from, with names for the activity log. */
public record VolumeTarget(String volumeId, String volumeName, String instanceId, String instanceName) {

    /** "data-01 ↔ aix-prod-1", the activity log's target. */
    public String describe() {
        return volumeName + " \u2194 " + instanceName;
    }
}
