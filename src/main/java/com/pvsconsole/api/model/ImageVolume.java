package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code ImageVolume}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: bootable, name, size, volumeID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageVolume(
        @JsonProperty("bootable") Boolean bootable,
        @JsonProperty("name") String name,
        @JsonProperty("size") Double size,
        @JsonProperty("volumeID") String volumeID) {
}
