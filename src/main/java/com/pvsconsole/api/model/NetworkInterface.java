package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code NetworkInterface}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: crn, id, ipAddress, macAddress, name, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkInterface(
        @JsonProperty("crn") String crn,
        @JsonProperty("externalIP") String externalIP,
        @JsonProperty("id") String id,
        @JsonProperty("instance") Instance instance,
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("macAddress") String macAddress,
        @JsonProperty("name") String name,
        @JsonProperty("networkSecurityGroupID") String networkSecurityGroupID,
        @JsonProperty("networkSecurityGroupIDs") List<String> networkSecurityGroupIDs,
        @JsonProperty("status") String status,
        @JsonProperty("userTags") List<String> userTags) {

    /** Inline object of the definition; property names are the wire names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Instance(
            @JsonProperty("href") String href,
            @JsonProperty("instanceID") String instanceID) {
    }
}
