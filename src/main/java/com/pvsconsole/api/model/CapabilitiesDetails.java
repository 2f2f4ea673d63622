package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code CapabilitiesDetails}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: disasterRecovery, supportedSystems.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapabilitiesDetails(
        @JsonProperty("disasterRecovery") DisasterRecovery disasterRecovery,
        @JsonProperty("supportedSystems") SupportedSystems supportedSystems) {
}
