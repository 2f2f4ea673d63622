package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SharedProcessorPoolUpdate} (request body); property names are the wire names, byte for byte.
 * Both are optional: an absent field stays as it is. The reserve may fall only down to what the pool's
 * instances use (FAULTS-AND-SEMANTICS §3.6).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPoolUpdate(
        @JsonProperty("name") String name,
        @JsonProperty("reservedCores") Long reservedCores) {

    /** Changes only the reserved cores. */
    public static SharedProcessorPoolUpdate reservedCores(long cores) {
        return new SharedProcessorPoolUpdate(null, cores);
    }
}
