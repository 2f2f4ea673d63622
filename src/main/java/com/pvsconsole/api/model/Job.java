package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code Job}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, operation, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Job(
        @JsonProperty("createTimestamp") String createTimestamp,
        @JsonProperty("id") String id,
        @JsonProperty("operation") JobOperation operation,
        @JsonProperty("resources") JobResources resources,
        @JsonProperty("status") JobStatus status,
        @JsonProperty("workflow") JobWorkflow workflow) {
}
