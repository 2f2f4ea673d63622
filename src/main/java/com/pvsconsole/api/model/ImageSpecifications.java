package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code ImageSpecifications}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageSpecifications(
        @JsonProperty("architecture") String architecture,
        @JsonProperty("containerFormat") String containerFormat,
        @JsonProperty("diskFormat") String diskFormat,
        @JsonProperty("endianness") String endianness,
        @JsonProperty("hypervisorType") String hypervisorType,
        @JsonProperty("imageType") String imageType,
        @JsonProperty("operatingSystem") String operatingSystem,
        @JsonProperty("shared") Boolean shared,
        @JsonProperty("sourceChecksum") String sourceChecksum) {
}
