package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Power VS definition {@code Event}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: action, eventID, level, message, resource, time, timestamp.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(
        @JsonProperty("action") String action,
        @JsonProperty("eventID") String eventID,
        @JsonProperty("level") String level,
        @JsonProperty("message") String message,
        @JsonProperty("metadata") JsonNode metadata,
        @JsonProperty("resource") String resource,
        @JsonProperty("time") String time,
        @JsonProperty("timestamp") Long timestamp,
        @JsonProperty("user") EventUser user) {
}
