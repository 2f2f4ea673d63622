package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code Networks}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: networks.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Networks(
        @JsonProperty("networks") List<NetworkReference> networks) {
}
