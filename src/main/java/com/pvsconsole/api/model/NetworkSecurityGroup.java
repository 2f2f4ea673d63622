package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code NetworkSecurityGroup}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: crn, id, name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkSecurityGroup(
        @JsonProperty("crn") String crn,
        @JsonProperty("default") Boolean defaultValue,
        @JsonProperty("id") String id,
        @JsonProperty("members") List<NetworkSecurityGroupMember> members,
        @JsonProperty("name") String name,
        @JsonProperty("rules") List<NetworkSecurityGroupRule> rules,
        @JsonProperty("userTags") List<String> userTags) {
}
