package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code WorkspaceDetails}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: creationDate, crn.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceDetails(
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("href") String href,
        @JsonProperty("networkSecurityGroups") WorkspaceNetworkSecurityGroupsDetails networkSecurityGroups,
        @JsonProperty("powerEdgeRouter") WorkspacePowerEdgeRouterDetails powerEdgeRouter) {
}
