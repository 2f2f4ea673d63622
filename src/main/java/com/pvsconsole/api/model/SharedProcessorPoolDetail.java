package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SharedProcessorPoolDetail}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: servers, sharedProcessorPool.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPoolDetail(
        @JsonProperty("servers") List<SharedProcessorPoolServer> servers,
        @JsonProperty("sharedProcessorPool") SharedProcessorPool sharedProcessorPool) {
}
