package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code DHCPServerNetwork}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DhcpServerNetwork(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("networkInterfaceID") String networkInterfaceID,
        @JsonProperty("networkSecurityGroupsHref") List<String> networkSecurityGroupsHref) {
}
