package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code NetworkCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkCreate(
        @JsonProperty("accessConfig") String accessConfig,
        @JsonProperty("advertise") String advertise,
        @JsonProperty("arpBroadcast") String arpBroadcast,
        @JsonProperty("cidr") String cidr,
        @JsonProperty("dnsServers") List<String> dnsServers,
        @JsonProperty("enableDHCP") Boolean enableDHCP,
        @JsonProperty("gateway") String gateway,
        @JsonProperty("ipAddressRanges") List<IpAddressRange> ipAddressRanges,
        @JsonProperty("jumbo") Boolean jumbo,
        @JsonProperty("mtu") Long mtu,
        @JsonProperty("name") String name,
        @JsonProperty("peer") NetworkCreatePeer peer,
        @JsonProperty("type") String type,
        @JsonProperty("userTags") List<String> userTags) {
}
