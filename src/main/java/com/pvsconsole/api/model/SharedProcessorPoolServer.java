package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SharedProcessorPoolServer}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPoolServer(
        @JsonProperty("Cpus") Double cpus,
        @JsonProperty("Uncapped") Boolean uncapped,
        @JsonProperty("availabilityZone") String availabilityZone,
        @JsonProperty("id") String id,
        @JsonProperty("memory") Long memory,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("vcpus") Long vcpus) {
}
