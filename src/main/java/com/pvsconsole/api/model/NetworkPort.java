package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Power VS definition {@code NetworkPort}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: description, ipAddress, macAddress, portID, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkPort(
        @JsonProperty("description") String description,
        @JsonProperty("externalIP") String externalIP,
        @JsonProperty("href") String href,
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("macAddress") String macAddress,
        @JsonProperty("portID") String portID,
        @JsonProperty("pvmInstance") JsonNode pvmInstance,
        @JsonProperty("status") String status) {
}
