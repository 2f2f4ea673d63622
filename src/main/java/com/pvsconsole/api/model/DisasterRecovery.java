package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code DisasterRecovery}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: asynchronousReplication.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisasterRecovery(
        @JsonProperty("asynchronousReplication") ReplicationService asynchronousReplication,
        @JsonProperty("synchronousReplication") ReplicationService synchronousReplication) {
}
