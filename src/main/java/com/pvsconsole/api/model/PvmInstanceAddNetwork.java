package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstanceAddNetwork}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: networkID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceAddNetwork(
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("networkID") String networkID,
        @JsonProperty("networkSecurityGroupIDs") List<String> networkSecurityGroupIDs) {
}
