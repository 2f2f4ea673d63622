package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SharedProcessorPool}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: allocatedCores, availableCores, id, name, reservedCores.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPool(
        @JsonProperty("allocatedCores") Double allocatedCores,
        @JsonProperty("availableCores") Double availableCores,
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("dedicatedHostID") String dedicatedHostID,
        @JsonProperty("hostGroup") String hostGroup,
        @JsonProperty("hostID") Long hostID,
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("reservedCores") Long reservedCores,
        @JsonProperty("sharedProcessorPoolPlacementGroups") List<SharedProcessorPoolPlacementGroup> sharedProcessorPoolPlacementGroups,
        @JsonProperty("status") String status,
        @JsonProperty("statusDetail") String statusDetail,
        @JsonProperty("userTags") List<String> userTags) {
}
