package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code CloneTaskReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: cloneTaskID, href.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloneTaskReference(
        @JsonProperty("cloneTaskID") String cloneTaskID,
        @JsonProperty("href") String href) {
}
