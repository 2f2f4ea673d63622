package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstanceCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: imageID, memory, procType, processors, serverName.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceCreate(
        @JsonProperty("allowRemoteRestart") Boolean allowRemoteRestart,
        @JsonProperty("bootVolumeReplicationEnabled") Boolean bootVolumeReplicationEnabled,
        @JsonProperty("defaultTrustedProfile") TrustedProfile defaultTrustedProfile,
        @JsonProperty("deploymentTarget") DeploymentTarget deploymentTarget,
        @JsonProperty("deploymentType") String deploymentType,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("keyPairName") String keyPairName,
        @JsonProperty("licenseRepositoryCapacity") Long licenseRepositoryCapacity,
        @JsonProperty("memory") Double memory,
        @JsonProperty("metadataService") MetadataService metadataService,
        @JsonProperty("migratable") Boolean migratable,
        @JsonProperty("networkIDs") List<String> networkIDs,
        @JsonProperty("networks") List<PvmInstanceAddNetwork> networks,
        @JsonProperty("pinPolicy") String pinPolicy,
        @JsonProperty("placementGroup") String placementGroup,
        @JsonProperty("preferredProcessorCompatibilityMode") String preferredProcessorCompatibilityMode,
        @JsonProperty("procType") String procType,
        @JsonProperty("processors") Double processors,
        @JsonProperty("replicantAffinityPolicy") String replicantAffinityPolicy,
        @JsonProperty("replicantNamingScheme") String replicantNamingScheme,
        @JsonProperty("replicants") Double replicants,
        @JsonProperty("replicationSites") List<String> replicationSites,
        @JsonProperty("sapHANAAffinityAction") String sapHANAAffinityAction,
        @JsonProperty("serverName") String serverName,
        @JsonProperty("sharedProcessorPool") String sharedProcessorPool,
        @JsonProperty("softwareLicenses") SoftwareLicenses softwareLicenses,
        @JsonProperty("storageAffinity") StorageAffinity storageAffinity,
        @JsonProperty("storageConnection") String storageConnection,
        @JsonProperty("storageConnectionV2") String storageConnectionV2,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storagePoolAffinity") Boolean storagePoolAffinity,
        @JsonProperty("storageType") String storageType,
        @JsonProperty("sysType") String sysType,
        @JsonProperty("userData") String userData,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("virtualCores") VirtualCores virtualCores,
        @JsonProperty("virtualSerialNumber") CreateServerVirtualSerialNumber virtualSerialNumber,
        @JsonProperty("volumeIDs") List<String> volumeIDs,
        @JsonProperty("vpmemVolumes") List<VpmemVolumeCreate> vpmemVolumes) {
}
