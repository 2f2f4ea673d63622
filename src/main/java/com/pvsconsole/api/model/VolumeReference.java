package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code VolumeReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: bootable, creationDate, diskType, href, lastUpdateDate, name, shareable, size, state, volumeID, wwn.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeReference(
        @JsonProperty("auxVolumeName") String auxVolumeName,
        @JsonProperty("auxiliary") Boolean auxiliary,
        @JsonProperty("bootVolume") Boolean bootVolume,
        @JsonProperty("bootable") Boolean bootable,
        @JsonProperty("consistencyGroupName") String consistencyGroupName,
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("deleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("diskType") String diskType,
        @JsonProperty("freezeTime") String freezeTime,
        @JsonProperty("groupID") String groupID,
        @JsonProperty("href") String href,
        @JsonProperty("ioThrottleRate") String ioThrottleRate,
        @JsonProperty("lastUpdateDate") String lastUpdateDate,
        @JsonProperty("masterVolumeName") String masterVolumeName,
        @JsonProperty("mirroringState") String mirroringState,
        @JsonProperty("name") String name,
        @JsonProperty("outOfBandDeleted") Boolean outOfBandDeleted,
        @JsonProperty("primaryRole") String primaryRole,
        @JsonProperty("pvmInstanceIDs") List<String> pvmInstanceIDs,
        @JsonProperty("replicationEnabled") Boolean replicationEnabled,
        @JsonProperty("replicationSites") List<String> replicationSites,
        @JsonProperty("replicationStatus") String replicationStatus,
        @JsonProperty("replicationTargetCRN") String replicationTargetCRN,
        @JsonProperty("replicationType") String replicationType,
        @JsonProperty("shareable") Boolean shareable,
        @JsonProperty("size") Double size,
        @JsonProperty("state") String state,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumeID") String volumeID,
        @JsonProperty("volumePool") String volumePool,
        @JsonProperty("volumeType") String volumeType,
        @JsonProperty("wwn") String wwn) {
}
