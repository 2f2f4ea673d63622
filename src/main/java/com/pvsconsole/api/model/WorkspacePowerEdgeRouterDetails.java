package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code WorkspacePowerEdgeRouterDetails}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: state, type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspacePowerEdgeRouterDetails(
        @JsonProperty("migrationStatus") String migrationStatus,
        @JsonProperty("state") String state,
        @JsonProperty("type") String type) {
}
