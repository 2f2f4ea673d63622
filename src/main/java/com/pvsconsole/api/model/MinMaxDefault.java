package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code MinMaxDefault}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: default, max, min.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MinMaxDefault(
        @JsonProperty("default") Double defaultValue,
        @JsonProperty("max") Double max,
        @JsonProperty("min") Double min) {
}
