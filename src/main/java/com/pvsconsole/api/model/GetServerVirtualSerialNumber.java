package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code GetServerVirtualSerialNumber}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: description, serial.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetServerVirtualSerialNumber(
        @JsonProperty("description") String description,
        @JsonProperty("serial") String serial,
        @JsonProperty("softwareTier") String softwareTier) {
}
