package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code CreateDataVolume} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, size.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateDataVolume(
        @JsonProperty("affinityPVMInstance") String affinityPVMInstance,
        @JsonProperty("affinityPolicy") String affinityPolicy,
        @JsonProperty("affinityVolume") String affinityVolume,
        @JsonProperty("antiAffinityPVMInstances") List<String> antiAffinityPVMInstances,
        @JsonProperty("antiAffinityVolumes") List<String> antiAffinityVolumes,
        @JsonProperty("diskType") String diskType,
        @JsonProperty("name") String name,
        @JsonProperty("replicationEnabled") Boolean replicationEnabled,
        @JsonProperty("replicationSites") List<String> replicationSites,
        @JsonProperty("shareable") Boolean shareable,
        @JsonProperty("size") Double size,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumePool") String volumePool) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link CreateDataVolume}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String affinityPVMInstance;
        private String affinityPolicy;
        private String affinityVolume;
        private List<String> antiAffinityPVMInstances;
        private List<String> antiAffinityVolumes;
        private String diskType;
        private String name;
        private Boolean replicationEnabled;
        private List<String> replicationSites;
        private Boolean shareable;
        private Double size;
        private List<String> userTags;
        private String volumePool;

        private Builder() {
        }

        public Builder affinityPVMInstance(String value) {
            this.affinityPVMInstance = value;
            return this;
        }

        public Builder affinityPolicy(String value) {
            this.affinityPolicy = value;
            return this;
        }

        public Builder affinityVolume(String value) {
            this.affinityVolume = value;
            return this;
        }

        public Builder antiAffinityPVMInstances(List<String> value) {
            this.antiAffinityPVMInstances = value;
            return this;
        }

        public Builder antiAffinityVolumes(List<String> value) {
            this.antiAffinityVolumes = value;
            return this;
        }

        public Builder diskType(String value) {
            this.diskType = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder replicationEnabled(Boolean value) {
            this.replicationEnabled = value;
            return this;
        }

        public Builder replicationSites(List<String> value) {
            this.replicationSites = value;
            return this;
        }

        public Builder shareable(Boolean value) {
            this.shareable = value;
            return this;
        }

        public Builder size(Double value) {
            this.size = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public Builder volumePool(String value) {
            this.volumePool = value;
            return this;
        }

        public CreateDataVolume build() {
            return new CreateDataVolume(affinityPVMInstance, affinityPolicy, affinityVolume, antiAffinityPVMInstances, antiAffinityVolumes, diskType, name, replicationEnabled, replicationSites, shareable, size, userTags, volumePool);
        }
    }
}
