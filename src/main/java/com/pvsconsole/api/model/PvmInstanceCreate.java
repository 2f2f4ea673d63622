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

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PvmInstanceCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private Boolean allowRemoteRestart;
        private Boolean bootVolumeReplicationEnabled;
        private TrustedProfile defaultTrustedProfile;
        private DeploymentTarget deploymentTarget;
        private String deploymentType;
        private String imageID;
        private String keyPairName;
        private Long licenseRepositoryCapacity;
        private Double memory;
        private MetadataService metadataService;
        private Boolean migratable;
        private List<String> networkIDs;
        private List<PvmInstanceAddNetwork> networks;
        private String pinPolicy;
        private String placementGroup;
        private String preferredProcessorCompatibilityMode;
        private String procType;
        private Double processors;
        private String replicantAffinityPolicy;
        private String replicantNamingScheme;
        private Double replicants;
        private List<String> replicationSites;
        private String sapHANAAffinityAction;
        private String serverName;
        private String sharedProcessorPool;
        private SoftwareLicenses softwareLicenses;
        private StorageAffinity storageAffinity;
        private String storageConnection;
        private String storageConnectionV2;
        private String storagePool;
        private Boolean storagePoolAffinity;
        private String storageType;
        private String sysType;
        private String userData;
        private List<String> userTags;
        private VirtualCores virtualCores;
        private CreateServerVirtualSerialNumber virtualSerialNumber;
        private List<String> volumeIDs;
        private List<VpmemVolumeCreate> vpmemVolumes;

        private Builder() {
        }

        public Builder allowRemoteRestart(Boolean value) {
            this.allowRemoteRestart = value;
            return this;
        }

        public Builder bootVolumeReplicationEnabled(Boolean value) {
            this.bootVolumeReplicationEnabled = value;
            return this;
        }

        public Builder defaultTrustedProfile(TrustedProfile value) {
            this.defaultTrustedProfile = value;
            return this;
        }

        public Builder deploymentTarget(DeploymentTarget value) {
            this.deploymentTarget = value;
            return this;
        }

        public Builder deploymentType(String value) {
            this.deploymentType = value;
            return this;
        }

        public Builder imageID(String value) {
            this.imageID = value;
            return this;
        }

        public Builder keyPairName(String value) {
            this.keyPairName = value;
            return this;
        }

        public Builder licenseRepositoryCapacity(Long value) {
            this.licenseRepositoryCapacity = value;
            return this;
        }

        public Builder memory(Double value) {
            this.memory = value;
            return this;
        }

        public Builder metadataService(MetadataService value) {
            this.metadataService = value;
            return this;
        }

        public Builder migratable(Boolean value) {
            this.migratable = value;
            return this;
        }

        public Builder networkIDs(List<String> value) {
            this.networkIDs = value;
            return this;
        }

        public Builder networks(List<PvmInstanceAddNetwork> value) {
            this.networks = value;
            return this;
        }

        public Builder pinPolicy(String value) {
            this.pinPolicy = value;
            return this;
        }

        public Builder placementGroup(String value) {
            this.placementGroup = value;
            return this;
        }

        public Builder preferredProcessorCompatibilityMode(String value) {
            this.preferredProcessorCompatibilityMode = value;
            return this;
        }

        public Builder procType(String value) {
            this.procType = value;
            return this;
        }

        public Builder processors(Double value) {
            this.processors = value;
            return this;
        }

        public Builder replicantAffinityPolicy(String value) {
            this.replicantAffinityPolicy = value;
            return this;
        }

        public Builder replicantNamingScheme(String value) {
            this.replicantNamingScheme = value;
            return this;
        }

        public Builder replicants(Double value) {
            this.replicants = value;
            return this;
        }

        public Builder replicationSites(List<String> value) {
            this.replicationSites = value;
            return this;
        }

        public Builder sapHANAAffinityAction(String value) {
            this.sapHANAAffinityAction = value;
            return this;
        }

        public Builder serverName(String value) {
            this.serverName = value;
            return this;
        }

        public Builder sharedProcessorPool(String value) {
            this.sharedProcessorPool = value;
            return this;
        }

        public Builder softwareLicenses(SoftwareLicenses value) {
            this.softwareLicenses = value;
            return this;
        }

        public Builder storageAffinity(StorageAffinity value) {
            this.storageAffinity = value;
            return this;
        }

        public Builder storageConnection(String value) {
            this.storageConnection = value;
            return this;
        }

        public Builder storageConnectionV2(String value) {
            this.storageConnectionV2 = value;
            return this;
        }

        public Builder storagePool(String value) {
            this.storagePool = value;
            return this;
        }

        public Builder storagePoolAffinity(Boolean value) {
            this.storagePoolAffinity = value;
            return this;
        }

        public Builder storageType(String value) {
            this.storageType = value;
            return this;
        }

        public Builder sysType(String value) {
            this.sysType = value;
            return this;
        }

        public Builder userData(String value) {
            this.userData = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public Builder virtualCores(VirtualCores value) {
            this.virtualCores = value;
            return this;
        }

        public Builder virtualSerialNumber(CreateServerVirtualSerialNumber value) {
            this.virtualSerialNumber = value;
            return this;
        }

        public Builder volumeIDs(List<String> value) {
            this.volumeIDs = value;
            return this;
        }

        public Builder vpmemVolumes(List<VpmemVolumeCreate> value) {
            this.vpmemVolumes = value;
            return this;
        }

        public PvmInstanceCreate build() {
            return new PvmInstanceCreate(allowRemoteRestart, bootVolumeReplicationEnabled, defaultTrustedProfile, deploymentTarget, deploymentType, imageID, keyPairName, licenseRepositoryCapacity, memory, metadataService, migratable, networkIDs, networks, pinPolicy, placementGroup, preferredProcessorCompatibilityMode, procType, processors, replicantAffinityPolicy, replicantNamingScheme, replicants, replicationSites, sapHANAAffinityAction, serverName, sharedProcessorPool, softwareLicenses, storageAffinity, storageConnection, storageConnectionV2, storagePool, storagePoolAffinity, storageType, sysType, userData, userTags, virtualCores, virtualSerialNumber, volumeIDs, vpmemVolumes);
        }
    }
}
