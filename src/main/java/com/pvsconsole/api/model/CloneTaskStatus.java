package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code CloneTaskStatus}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: percentComplete, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloneTaskStatus(
        @JsonProperty("clonedVolumes") List<ClonedVolume> clonedVolumes,
        @JsonProperty("failedReason") String failedReason,
        @JsonProperty("percentComplete") Long percentComplete,
        @JsonProperty("status") String status) {
}
