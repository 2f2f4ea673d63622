package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkSecurityGroupRule}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: action, id, protocol, remote.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkSecurityGroupRule(
        @JsonProperty("action") String action,
        @JsonProperty("destinationPort") NetworkSecurityGroupRulePort destinationPort,
        @JsonProperty("id") String id,
        @JsonProperty("protocol") NetworkSecurityGroupRuleProtocol protocol,
        @JsonProperty("remote") NetworkSecurityGroupRuleRemote remote,
        @JsonProperty("sourcePort") NetworkSecurityGroupRulePort sourcePort) {
}
