package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SAPProfileReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: href, profileID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SapProfileReference(
        @JsonProperty("href") String href,
        @JsonProperty("profileID") String profileID) {
}
