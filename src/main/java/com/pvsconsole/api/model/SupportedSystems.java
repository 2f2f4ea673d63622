package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SupportedSystems}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: dedicated, general.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupportedSystems(
        @JsonProperty("dedicated") List<String> dedicated,
        @JsonProperty("general") List<String> general) {
}
