package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Power VS definition {@code Network}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: cidr, dnsServers, ipAddressMetrics, ipAddressRanges, name, networkID, type, vlanID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Network(
        @JsonProperty("accessConfig") String accessConfig,
        @JsonProperty("advertise") String advertise,
        @JsonProperty("arpBroadcast") String arpBroadcast,
        @JsonProperty("cidr") String cidr,
        @JsonProperty("cloudConnections") List<JsonNode> cloudConnections,
        @JsonProperty("crn") String crn,
        @JsonProperty("dhcpManaged") Boolean dhcpManaged,
        @JsonProperty("dnsServers") List<String> dnsServers,
        @JsonProperty("enableDHCP") Boolean enableDHCP,
        @JsonProperty("gateway") String gateway,
        @JsonProperty("ipAddressMetrics") JsonNode ipAddressMetrics,
        @JsonProperty("ipAddressRanges") List<IpAddressRange> ipAddressRanges,
        @JsonProperty("jumbo") Boolean jumbo,
        @JsonProperty("mtu") Long mtu,
        @JsonProperty("name") String name,
        @JsonProperty("networkAddressTranslation") NetworkAddressTranslation networkAddressTranslation,
        @JsonProperty("networkID") String networkID,
        @JsonProperty("peerID") String peerID,
        @JsonProperty("publicIPAddressRanges") List<IpAddressRange> publicIPAddressRanges,
        @JsonProperty("type") String type,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("vlanID") Double vlanID) {
}
