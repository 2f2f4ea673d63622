package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkCreatePeer}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkCreatePeer(
        @JsonProperty("id") String id,
        @JsonProperty("networkAddressTranslation") NetworkAddressTranslation networkAddressTranslation,
        @JsonProperty("type") String type) {
}
