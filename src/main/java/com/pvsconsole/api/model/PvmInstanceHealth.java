package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PVMInstanceHealth}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceHealth(
        @JsonProperty("lastUpdate") String lastUpdate,
        @JsonProperty("reason") String reason,
        @JsonProperty("status") String status) {
}
