package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Power VS definition {@code Datacenter}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: capabilities, location, status, type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Datacenter(
        @JsonProperty("capabilities") Map<String, Boolean> capabilities,
        @JsonProperty("capabilitiesDetails") CapabilitiesDetails capabilitiesDetails,
        @JsonProperty("href") String href,
        @JsonProperty("location") DatacenterLocation location,
        @JsonProperty("status") String status,
        @JsonProperty("type") String type) {
}
