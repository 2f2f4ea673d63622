package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SnapshotCreateResponse}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: snapshotID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotCreateResponse(
        @JsonProperty("crn") String crn,
        @JsonProperty("snapshotID") String snapshotID,
        @JsonProperty("userTags") List<String> userTags) {
}
