package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code Error}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
        @JsonProperty("code") Long code,
        @JsonProperty("description") String description,
        @JsonProperty("error") String error,
        @JsonProperty("message") String message) {
}
