package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SAPProfile}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: certified, cores, memory, profileID, type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SapProfile(
        @JsonProperty("asaps") Long asaps,
        @JsonProperty("certified") Boolean certified,
        @JsonProperty("cores") Long cores,
        @JsonProperty("defaultSystem") String defaultSystem,
        @JsonProperty("deprecated") Boolean deprecated,
        @JsonProperty("fullSystemProfile") Boolean fullSystemProfile,
        @JsonProperty("memory") Long memory,
        @JsonProperty("profileID") String profileID,
        @JsonProperty("saps") Long saps,
        @JsonProperty("smtMode") Long smtMode,
        @JsonProperty("supportedSystems") List<String> supportedSystems,
        @JsonProperty("type") String type,
        @JsonProperty("vpmemVolume") VpmemVolume vpmemVolume,
        @JsonProperty("workloadTypes") List<String> workloadTypes) {

    /** Inline object of the definition; property names are the wire names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VpmemVolume(
            @JsonProperty("maxPercent") Long maxPercent,
            @JsonProperty("minPercent") Long minPercent) {
    }
}
