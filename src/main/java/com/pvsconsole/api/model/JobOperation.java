package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code Operation}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: action, id, target.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobOperation(
        @JsonProperty("action") String action,
        @JsonProperty("id") String id,
        @JsonProperty("target") String target) {
}
