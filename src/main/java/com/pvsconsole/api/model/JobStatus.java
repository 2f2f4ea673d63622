package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code Status}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: progress, state.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobStatus(
        @JsonProperty("message") String message,
        @JsonProperty("progress") String progress,
        @JsonProperty("state") String state) {
}
