package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Power VS definition {@code Workspace}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: capabilities, details, id, location, name, status, type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(
        @JsonProperty("capabilities") Map<String, Boolean> capabilities,
        @JsonProperty("details") WorkspaceDetails details,
        @JsonProperty("id") String id,
        @JsonProperty("location") WorkspaceLocation location,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("type") String type) {
}
