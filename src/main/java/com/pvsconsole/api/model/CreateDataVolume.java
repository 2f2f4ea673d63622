package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code CreateDataVolume} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, size.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateDataVolume(
        @JsonProperty("affinityPVMInstance") String affinityPVMInstance,
        @JsonProperty("affinityPolicy") String affinityPolicy,
        @JsonProperty("affinityVolume") String affinityVolume,
        @JsonProperty("antiAffinityPVMInstances") List<String> antiAffinityPVMInstances,
        @JsonProperty("antiAffinityVolumes") List<String> antiAffinityVolumes,
        @JsonProperty("diskType") String diskType,
        @JsonProperty("name") String name,
        @JsonProperty("replicationEnabled") Boolean replicationEnabled,
        @JsonProperty("replicationSites") List<String> replicationSites,
        @JsonProperty("shareable") Boolean shareable,
        @JsonProperty("size") Double size,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumePool") String volumePool) {
}
