package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstanceNetwork}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceNetwork(
        @JsonProperty("externalIP") String externalIP,
        @JsonProperty("href") String href,
        @JsonProperty("ip") String ip,
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("macAddress") String macAddress,
        @JsonProperty("networkID") String networkID,
        @JsonProperty("networkInterfaceID") String networkInterfaceID,
        @JsonProperty("networkName") String networkName,
        @JsonProperty("networkSecurityGroupIDs") List<String> networkSecurityGroupIDs,
        @JsonProperty("networkSecurityGroupsHref") List<String> networkSecurityGroupsHref,
        @JsonProperty("type") String type,
        @JsonProperty("version") Double version) {
}
