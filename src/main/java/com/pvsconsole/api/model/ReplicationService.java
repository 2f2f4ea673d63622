package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code ReplicationService}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: enabled, targetLocations.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicationService(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("targetLocations") List<ReplicationTargetLocation> targetLocations) {
}
