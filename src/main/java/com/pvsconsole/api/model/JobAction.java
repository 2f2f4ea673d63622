package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code JobAction}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobAction(
        @JsonProperty("endTime") String endTime,
        @JsonProperty("name") String name,
        @JsonProperty("startTime") String startTime,
        @JsonProperty("status") String status) {
}
