package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SystemPool}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SystemPool(
        @JsonProperty("capacity") PoolSystem capacity,
        @JsonProperty("coreIncrement") Double coreIncrement,
        @JsonProperty("coreMemoryRatio") Double coreMemoryRatio,
        @JsonProperty("maxAvailable") PoolSystem maxAvailable,
        @JsonProperty("maxCoresAvailable") PoolSystem maxCoresAvailable,
        @JsonProperty("maxMemoryAvailable") PoolSystem maxMemoryAvailable,
        @JsonProperty("sharedCoreRatio") MinMaxDefault sharedCoreRatio,
        @JsonProperty("systems") List<PoolSystem> systems,
        @JsonProperty("type") String type) {
}
