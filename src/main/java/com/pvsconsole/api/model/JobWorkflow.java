package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code JobWorkflow}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: percentCompletion.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobWorkflow(
        @JsonProperty("actions") List<JobAction> actions,
        @JsonProperty("percentCompletion") Long percentCompletion) {
}
