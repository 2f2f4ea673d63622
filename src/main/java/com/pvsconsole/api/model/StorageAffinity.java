package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code StorageAffinity}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageAffinity(
        @JsonProperty("affinityPVMInstance") String affinityPVMInstance,
        @JsonProperty("affinityPolicy") String affinityPolicy,
        @JsonProperty("affinityVolume") String affinityVolume,
        @JsonProperty("antiAffinityPVMInstances") List<String> antiAffinityPVMInstances,
        @JsonProperty("antiAffinityVolumes") List<String> antiAffinityVolumes) {
}
