package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code JobReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: href, id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobReference(
        @JsonProperty("href") String href,
        @JsonProperty("id") String id) {
}
