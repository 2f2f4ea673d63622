package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code WorkspaceLocation}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: region.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceLocation(
        @JsonProperty("region") String region,
        @JsonProperty("type") String type,
        @JsonProperty("url") String url) {
}
