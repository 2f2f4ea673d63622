package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkSecurityGroupRulePort}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkSecurityGroupRulePort(
        @JsonProperty("maximum") Long maximum,
        @JsonProperty("minimum") Long minimum) {
}
