package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code VirtualCores}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: assigned.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VirtualCores(
        @JsonProperty("assigned") Long assigned,
        @JsonProperty("max") Long max,
        @JsonProperty("min") Long min) {
}
