package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code Image}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: creationDate, imageID, lastUpdateDate, maxImageVolumeSize, name, size, storagePool, storageType.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Image(
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("description") String description,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("lastUpdateDate") String lastUpdateDate,
        @JsonProperty("maxImageVolumeSize") Double maxImageVolumeSize,
        @JsonProperty("name") String name,
        @JsonProperty("servers") List<String> servers,
        @JsonProperty("size") Double size,
        @JsonProperty("specifications") ImageSpecifications specifications,
        @JsonProperty("state") String state,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storageType") String storageType,
        @JsonProperty("taskref") TaskReference taskref,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumes") List<ImageVolume> volumes) {
}
