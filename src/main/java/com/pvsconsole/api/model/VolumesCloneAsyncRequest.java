package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code VolumesCloneAsyncRequest} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, volumeIDs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumesCloneAsyncRequest(
        @JsonProperty("name") String name,
        @JsonProperty("targetReplicationEnabled") Boolean targetReplicationEnabled,
        @JsonProperty("targetStorageTier") String targetStorageTier,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumeIDs") List<String> volumeIDs) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link VolumesCloneAsyncRequest}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String name;
        private Boolean targetReplicationEnabled;
        private String targetStorageTier;
        private List<String> userTags;
        private List<String> volumeIDs;

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder targetReplicationEnabled(Boolean value) {
            this.targetReplicationEnabled = value;
            return this;
        }

        public Builder targetStorageTier(String value) {
            this.targetStorageTier = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public Builder volumeIDs(List<String> value) {
            this.volumeIDs = value;
            return this;
        }

        public VolumesCloneAsyncRequest build() {
            return new VolumesCloneAsyncRequest(name, targetReplicationEnabled, targetStorageTier, userTags, volumeIDs);
        }
    }
}
