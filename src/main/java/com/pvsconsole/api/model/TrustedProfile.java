package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code TrustedProfile}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: target.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrustedProfile(
        @JsonProperty("autolink") Boolean autolink,
        @JsonProperty("target") TargetTrustedProfile target) {
}
