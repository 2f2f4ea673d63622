package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code MaximumStorageAllocation}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: maxAllocationSize, storagePool, storageType.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaximumStorageAllocation(
        @JsonProperty("maxAllocationSize") Long maxAllocationSize,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storageType") String storageType) {
}
