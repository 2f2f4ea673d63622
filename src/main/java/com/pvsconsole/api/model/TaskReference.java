package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code TaskReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: href, taskID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskReference(
        @JsonProperty("href") String href,
        @JsonProperty("taskID") String taskID) {
}
