package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code VPMemVolumeCreate}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, size.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpmemVolumeCreate(
        @JsonProperty("name") String name,
        @JsonProperty("size") Long size) {
}
