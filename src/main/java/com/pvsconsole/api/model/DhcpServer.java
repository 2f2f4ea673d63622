package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code DHCPServer}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id, network, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DhcpServer(
        @JsonProperty("id") String id,
        @JsonProperty("network") DhcpServerNetwork network,
        @JsonProperty("status") String status) {
}
