package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Power VS definition {@code Snapshot}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, pvmInstanceID, snapshotID, volumeSnapshots.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Snapshot(
        @JsonProperty("action") String action,
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("description") String description,
        @JsonProperty("lastUpdateDate") String lastUpdateDate,
        @JsonProperty("name") String name,
        @JsonProperty("percentComplete") Long percentComplete,
        @JsonProperty("pvmInstanceID") String pvmInstanceID,
        @JsonProperty("snapshotID") String snapshotID,
        @JsonProperty("status") String status,
        @JsonProperty("statusDetail") String statusDetail,
        @JsonProperty("volumeSnapshots") Map<String, String> volumeSnapshots) {
}
