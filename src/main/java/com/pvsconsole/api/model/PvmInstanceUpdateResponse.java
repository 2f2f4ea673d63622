package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PVMInstanceUpdateResponse}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceUpdateResponse(
        @JsonProperty("allowRemoteRestart") Boolean allowRemoteRestart,
        @JsonProperty("defaultTrustedProfile") UpdateTrustedProfile defaultTrustedProfile,
        @JsonProperty("licenseRepositoryCapacity") Long licenseRepositoryCapacity,
        @JsonProperty("memory") Double memory,
        @JsonProperty("metadataService") UpdateMetadataService metadataService,
        @JsonProperty("pinPolicy") String pinPolicy,
        @JsonProperty("preferredProcessorCompatibilityMode") String preferredProcessorCompatibilityMode,
        @JsonProperty("procType") String procType,
        @JsonProperty("processors") Double processors,
        @JsonProperty("sapHANAAffinityAction") String sapHANAAffinityAction,
        @JsonProperty("sapHANAAffinityComplianceStatus") String sapHANAAffinityComplianceStatus,
        @JsonProperty("serverName") String serverName,
        @JsonProperty("statusUrl") String statusUrl,
        @JsonProperty("storagePoolAffinity") Boolean storagePoolAffinity,
        @JsonProperty("virtualCores") VirtualCores virtualCores) {
}
