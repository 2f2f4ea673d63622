package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code IPAddressRange}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: endingIPAddress, startingIPAddress.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IpAddressRange(
        @JsonProperty("endingIPAddress") String endingIPAddress,
        @JsonProperty("startingIPAddress") String startingIPAddress) {
}
