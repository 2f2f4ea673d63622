package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SoftwareLicenses}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoftwareLicenses(
        @JsonProperty("ibmiCSS") Boolean ibmiCSS,
        @JsonProperty("ibmiDBQ") Boolean ibmiDBQ,
        @JsonProperty("ibmiPHA") Boolean ibmiPHA,
        @JsonProperty("ibmiPHAFSM") Boolean ibmiPHAFSM,
        @JsonProperty("ibmiPHAFSMCount") Long ibmiPHAFSMCount,
        @JsonProperty("ibmiRDS") Boolean ibmiRDS,
        @JsonProperty("ibmiRDSUsers") Long ibmiRDSUsers) {
}
