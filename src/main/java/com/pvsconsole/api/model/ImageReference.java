package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code ImageReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: creationDate, description, href, imageID, lastUpdateDate, name, specifications, state, storagePool, storageType.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageReference(
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("description") String description,
        @JsonProperty("href") String href,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("lastUpdateDate") String lastUpdateDate,
        @JsonProperty("name") String name,
        @JsonProperty("specifications") ImageSpecifications specifications,
        @JsonProperty("state") String state,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storageType") String storageType) {
}
