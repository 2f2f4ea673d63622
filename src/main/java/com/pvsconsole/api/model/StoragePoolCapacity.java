package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code StoragePoolCapacity}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: maxAllocationSize.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoragePoolCapacity(
        @JsonProperty("availableCapacity") Long availableCapacity,
        @JsonProperty("maxAllocationSize") Long maxAllocationSize,
        @JsonProperty("poolName") String poolName,
        @JsonProperty("replicationEnabled") Boolean replicationEnabled,
        @JsonProperty("storageHost") String storageHost,
        @JsonProperty("storageType") String storageType,
        @JsonProperty("totalCapacity") Long totalCapacity) {
}
