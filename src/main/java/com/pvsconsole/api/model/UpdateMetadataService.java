package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code UpdateMetadataService}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: enabled.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateMetadataService(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("forceDisable") Boolean forceDisable) {
}
