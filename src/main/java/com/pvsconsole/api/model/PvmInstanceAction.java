package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PVMInstanceAction} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: action.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceAction(
        @JsonProperty("action") String action) {
}
