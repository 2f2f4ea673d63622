package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SPPPlacementGroup}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, name, policy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SppPlacementGroup(
        @JsonProperty("crn") String crn,
        @JsonProperty("id") String id,
        @JsonProperty("memberSharedProcessorPools") List<String> memberSharedProcessorPools,
        @JsonProperty("name") String name,
        @JsonProperty("policy") String policy,
        @JsonProperty("userTags") List<String> userTags) {
}
