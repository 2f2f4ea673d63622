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

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link NetworkCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String accessConfig;
        private String advertise;
        private String arpBroadcast;
        private String cidr;
        private List<String> dnsServers;
        private Boolean enableDHCP;
        private String gateway;
        private List<IpAddressRange> ipAddressRanges;
        private Boolean jumbo;
        private Long mtu;
        private String name;
        private NetworkCreatePeer peer;
        private String type;
        private List<String> userTags;

        private Builder() {
        }

        public Builder accessConfig(String value) {
            this.accessConfig = value;
            return this;
        }

        public Builder advertise(String value) {
            this.advertise = value;
            return this;
        }

        public Builder arpBroadcast(String value) {
            this.arpBroadcast = value;
            return this;
        }

        public Builder cidr(String value) {
            this.cidr = value;
            return this;
        }

        public Builder dnsServers(List<String> value) {
            this.dnsServers = value;
            return this;
        }

        public Builder enableDHCP(Boolean value) {
            this.enableDHCP = value;
            return this;
        }

        public Builder gateway(String value) {
            this.gateway = value;
            return this;
        }

        public Builder ipAddressRanges(List<IpAddressRange> value) {
            this.ipAddressRanges = value;
            return this;
        }

        public Builder jumbo(Boolean value) {
            this.jumbo = value;
            return this;
        }

        public Builder mtu(Long value) {
            this.mtu = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder peer(NetworkCreatePeer value) {
            this.peer = value;
            return this;
        }

        public Builder type(String value) {
            this.type = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public NetworkCreate build() {
            return new NetworkCreate(accessConfig, advertise, arpBroadcast, cidr, dnsServers, enableDHCP, gateway, ipAddressRanges, jumbo, mtu, name, peer, type, userTags);
        }
    }
}
