package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code CloudInstanceUsageLimits}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: instances, memory, procUnits, processors, storage.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudInstanceUsageLimits(
        @JsonProperty("instanceMemory") Double instanceMemory,
        @JsonProperty("instanceProcUnits") Double instanceProcUnits,
        @JsonProperty("instances") Double instances,
        @JsonProperty("memory") Double memory,
        @JsonProperty("peeringBandwidth") Long peeringBandwidth,
        @JsonProperty("peeringNetworks") Long peeringNetworks,
        @JsonProperty("procUnits") Double procUnits,
        @JsonProperty("processors") Double processors,
        @JsonProperty("storage") Double storage,
        @JsonProperty("storageSSD") Double storageSSD,
        @JsonProperty("storageStandard") Double storageStandard) {
}
