package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code VPMemVolumeReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: creationDate, href, name, pvmInstanceID, size, status, uuid.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VpmemVolumeReference(
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("errorCode") String errorCode,
        @JsonProperty("href") String href,
        @JsonProperty("name") String name,
        @JsonProperty("pvmInstanceID") String pvmInstanceID,
        @JsonProperty("reason") String reason,
        @JsonProperty("size") Double size,
        @JsonProperty("status") String status,
        @JsonProperty("updatedDate") String updatedDate,
        @JsonProperty("uuid") String uuid) {
}
