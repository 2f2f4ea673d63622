package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PVMInstanceUpdate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceUpdate(
        @JsonProperty("allowRemoteRestart") Boolean allowRemoteRestart,
        @JsonProperty("cloudInitialization") CloudInitialization cloudInitialization,
        @JsonProperty("defaultTrustedProfile") UpdateTrustedProfile defaultTrustedProfile,
        @JsonProperty("licenseRepositoryCapacity") Long licenseRepositoryCapacity,
        @JsonProperty("memory") Double memory,
        @JsonProperty("metadataService") UpdateMetadataService metadataService,
        @JsonProperty("migratable") Boolean migratable,
        @JsonProperty("pinPolicy") String pinPolicy,
        @JsonProperty("preferredProcessorCompatibilityMode") String preferredProcessorCompatibilityMode,
        @JsonProperty("procType") String procType,
        @JsonProperty("processors") Double processors,
        @JsonProperty("sapHANAAffinityAction") String sapHANAAffinityAction,
        @JsonProperty("sapProfileID") String sapProfileID,
        @JsonProperty("serverName") String serverName,
        @JsonProperty("softwareLicenses") SoftwareLicenses softwareLicenses,
        @JsonProperty("storagePoolAffinity") Boolean storagePoolAffinity,
        @JsonProperty("virtualCores") VirtualCores virtualCores) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PvmInstanceUpdate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private Boolean allowRemoteRestart;
        private CloudInitialization cloudInitialization;
        private UpdateTrustedProfile defaultTrustedProfile;
        private Long licenseRepositoryCapacity;
        private Double memory;
        private UpdateMetadataService metadataService;
        private Boolean migratable;
        private String pinPolicy;
        private String preferredProcessorCompatibilityMode;
        private String procType;
        private Double processors;
        private String sapHANAAffinityAction;
        private String sapProfileID;
        private String serverName;
        private SoftwareLicenses softwareLicenses;
        private Boolean storagePoolAffinity;
        private VirtualCores virtualCores;

        private Builder() {
        }

        public Builder allowRemoteRestart(Boolean value) {
            this.allowRemoteRestart = value;
            return this;
        }

        public Builder cloudInitialization(CloudInitialization value) {
            this.cloudInitialization = value;
            return this;
        }

        public Builder defaultTrustedProfile(UpdateTrustedProfile value) {
            this.defaultTrustedProfile = value;
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

        public Builder metadataService(UpdateMetadataService value) {
            this.metadataService = value;
            return this;
        }

        public Builder migratable(Boolean value) {
            this.migratable = value;
            return this;
        }

        public Builder pinPolicy(String value) {
            this.pinPolicy = value;
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

        public Builder sapHANAAffinityAction(String value) {
            this.sapHANAAffinityAction = value;
            return this;
        }

        public Builder sapProfileID(String value) {
            this.sapProfileID = value;
            return this;
        }

        public Builder serverName(String value) {
            this.serverName = value;
            return this;
        }

        public Builder softwareLicenses(SoftwareLicenses value) {
            this.softwareLicenses = value;
            return this;
        }

        public Builder storagePoolAffinity(Boolean value) {
            this.storagePoolAffinity = value;
            return this;
        }

        public Builder virtualCores(VirtualCores value) {
            this.virtualCores = value;
            return this;
        }

        public PvmInstanceUpdate build() {
            return new PvmInstanceUpdate(allowRemoteRestart, cloudInitialization, defaultTrustedProfile, licenseRepositoryCapacity, memory, metadataService, migratable, pinPolicy, preferredProcessorCompatibilityMode, procType, processors, sapHANAAffinityAction, sapProfileID, serverName, softwareLicenses, storagePoolAffinity, virtualCores);
        }
    }
}
