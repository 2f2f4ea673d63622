package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: href, name, networkID, type, vlanID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkReference(
        @JsonProperty("accessConfig") String accessConfig,
        @JsonProperty("advertise") String advertise,
        @JsonProperty("arpBroadcast") String arpBroadcast,
        @JsonProperty("crn") String crn,
        @JsonProperty("dhcpManaged") Boolean dhcpManaged,
        @JsonProperty("enableDHCP") Boolean enableDHCP,
        @JsonProperty("href") String href,
        @JsonProperty("jumbo") Boolean jumbo,
        @JsonProperty("mtu") Long mtu,
        @JsonProperty("name") String name,
        @JsonProperty("networkID") String networkID,
        @JsonProperty("peerID") String peerID,
        @JsonProperty("type") String type,
        @JsonProperty("vlanID") Double vlanID) {
}
