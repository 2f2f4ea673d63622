package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstance}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: diskSize, imageID, memory, networkIDs, osType, procType, processors, pvmInstanceID, serverName, status, storageType, volumeIDs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstance(
        @JsonProperty("addresses") List<PvmInstanceNetwork> addresses,
        @JsonProperty("allowRemoteRestart") Boolean allowRemoteRestart,
        @JsonProperty("consoleLanguage") ConsoleLanguage consoleLanguage,
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("crn") String crn,
        @JsonProperty("dedicatedHostID") String dedicatedHostID,
        @JsonProperty("defaultTrustedProfile") TrustedProfile defaultTrustedProfile,
        @JsonProperty("deploymentType") String deploymentType,
        @JsonProperty("diskSize") Double diskSize,
        @JsonProperty("effectiveProcessorCompatibilityMode") String effectiveProcessorCompatibilityMode,
        @JsonProperty("fault") PvmInstanceFault fault,
        @JsonProperty("health") PvmInstanceHealth health,
        @JsonProperty("hostID") Long hostID,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("licenseRepositoryCapacity") Long licenseRepositoryCapacity,
        @JsonProperty("maxmem") Double maxmem,
        @JsonProperty("maxproc") Double maxproc,
        @JsonProperty("memory") Double memory,
        @JsonProperty("metadataService") MetadataService metadataService,
        @JsonProperty("migratable") Boolean migratable,
        @JsonProperty("minmem") Double minmem,
        @JsonProperty("minproc") Double minproc,
        @JsonProperty("networkIDs") List<String> networkIDs,
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
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("virtualCores") VirtualCores virtualCores,
        @JsonProperty("virtualSerialNumber") GetServerVirtualSerialNumber virtualSerialNumber,
        @JsonProperty("volumeIDs") List<String> volumeIDs,
        @JsonProperty("vpmemVolumes") List<VpmemVolumeReference> vpmemVolumes) {
}
