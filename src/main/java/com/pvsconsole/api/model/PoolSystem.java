package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code System}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: cores, memory.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolSystem(
        @JsonProperty("availableCores") Double availableCores,
        @JsonProperty("availableMemory") Long availableMemory,
        @JsonProperty("cores") Double cores,
        @JsonProperty("hostMTMSName") String hostMTMSName,
        @JsonProperty("id") Long id,
        @JsonProperty("memory") Long memory,
        @JsonProperty("totalCores") Double totalCores,
        @JsonProperty("totalMemory") Long totalMemory,
        @JsonProperty("totalPhysCores") Double totalPhysCores,
        @JsonProperty("totalPhysMemory") Long totalPhysMemory) {
}
