package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code Images}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: images.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Images(
        @JsonProperty("images") List<ImageReference> images) {
}
