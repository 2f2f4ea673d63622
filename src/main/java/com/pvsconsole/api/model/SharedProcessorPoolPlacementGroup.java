package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SharedProcessorPoolPlacementGroup}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, name, policy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPoolPlacementGroup(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("policy") String policy) {
}
