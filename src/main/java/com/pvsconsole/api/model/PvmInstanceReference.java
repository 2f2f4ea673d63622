package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstanceReference}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: diskSize, href, imageID, memory, osType, procType, processors, pvmInstanceID, serverName, status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceReference(
        @JsonProperty("addresses") List<PvmInstanceNetwork> addresses,
        @JsonProperty("allowRemoteRestart") Boolean allowRemoteRestart,
        @JsonProperty("consoleLanguage") ConsoleLanguage consoleLanguage,
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("dedicatedHostID") String dedicatedHostID,
        @JsonProperty("defaultTrustedProfile") TrustedProfile defaultTrustedProfile,
        @JsonProperty("diskSize") Double diskSize,
        @JsonProperty("effectiveProcessorCompatibilityMode") String effectiveProcessorCompatibilityMode,
        @JsonProperty("fault") PvmInstanceFault fault,
        @JsonProperty("health") PvmInstanceHealth health,
        @JsonProperty("hostID") Long hostID,
        @JsonProperty("href") String href,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("licenseRepositoryCapacity") Long licenseRepositoryCapacity,
        @JsonProperty("maxmem") Double maxmem,
        @JsonProperty("maxproc") Double maxproc,
        @JsonProperty("memory") Double memory,
        @JsonProperty("metadataService") MetadataService metadataService,
        @JsonProperty("minmem") Double minmem,
        @JsonProperty("minproc") Double minproc,
        @JsonProperty("networks") List<PvmInstanceNetwork> networks,
        @JsonProperty("operatingSystem") String operatingSystem,
        @JsonProperty("osType") String osType,
        @JsonProperty("pinPolicy") String pinPolicy,
        @JsonProperty("placementGroup") String placementGroup,
        @JsonProperty("preferredProcessorCompatibilityMode") String preferredProcessorCompatibilityMode,
        @JsonProperty("procType") String procType,
        @JsonProperty("processors") Double processors,
        @JsonProperty("progress") Double progress,
        @JsonProperty("pvmInstanceID") String pvmInstanceID,
        @JsonProperty("sapHANAAffinityAction") String sapHANAAffinityAction,
        @JsonProperty("sapHANAAffinityComplianceStatus") String sapHANAAffinityComplianceStatus,
        @JsonProperty("sapProfile") SapProfileReference sapProfile,
        @JsonProperty("serverName") String serverName,
        @JsonProperty("sharedProcessorPool") String sharedProcessorPool,
        @JsonProperty("sharedProcessorPoolID") String sharedProcessorPoolID,
        @JsonProperty("softwareLicenses") SoftwareLicenses softwareLicenses,
        @JsonProperty("srcs") List<List<Src>> srcs,
        @JsonProperty("status") String status,
        @JsonProperty("storageConnection") String storageConnection,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storagePoolAffinity") Boolean storagePoolAffinity,
        @JsonProperty("storageType") String storageType,
        @JsonProperty("sysType") String sysType,
        @JsonProperty("taskState") String taskState,
        @JsonProperty("updatedDate") String updatedDate,
        @JsonProperty("virtualCores") VirtualCores virtualCores,
        @JsonProperty("virtualSerialNumber") GetServerVirtualSerialNumber virtualSerialNumber,
        @JsonProperty("vpmemVolumes") List<VpmemVolumeReference> vpmemVolumes) {
}
