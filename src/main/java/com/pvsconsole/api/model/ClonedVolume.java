package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code ClonedVolume}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClonedVolume(
        @JsonProperty("clonedVolumeID") String clonedVolumeID,
        @JsonProperty("sourceVolumeID") String sourceVolumeID) {
}
