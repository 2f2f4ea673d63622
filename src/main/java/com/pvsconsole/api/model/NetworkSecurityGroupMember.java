package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkSecurityGroupMember}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, target, type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkSecurityGroupMember(
        @JsonProperty("id") String id,
        @JsonProperty("macAddress") String macAddress,
        @JsonProperty("networkInterfaceNetworkID") String networkInterfaceNetworkID,
        @JsonProperty("target") String target,
        @JsonProperty("type") String type) {
}
