package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code Snapshots}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: snapshots.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Snapshots(
        @JsonProperty("snapshots") List<Snapshot> snapshots) {
}
