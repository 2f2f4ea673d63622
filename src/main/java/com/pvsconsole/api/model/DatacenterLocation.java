package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code DatacenterLocation}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: region, regionDisplayName, type, url.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatacenterLocation(
        @JsonProperty("cloudRegion") String cloudRegion,
        @JsonProperty("region") String region,
        @JsonProperty("regionDisplayName") String regionDisplayName,
        @JsonProperty("type") String type,
        @JsonProperty("url") String url) {
}
