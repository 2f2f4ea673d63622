package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code ConsoleLanguage}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsoleLanguage(
        @JsonProperty("code") String code,
        @JsonProperty("language") String language) {
}
