package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code EventUser}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: userID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventUser(
        @JsonProperty("email") String email,
        @JsonProperty("name") String name,
        @JsonProperty("userID") String userID) {
}
