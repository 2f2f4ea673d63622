package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code VolumeAction} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeAction(
        @JsonProperty("replicationEnabled") Boolean replicationEnabled,
        @JsonProperty("targetStorageTier") String targetStorageTier) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link VolumeAction}; unset fields are omitted on the wire. */
    public static final class Builder {
        private Boolean replicationEnabled;
        private String targetStorageTier;

        private Builder() {
        }

        public Builder replicationEnabled(Boolean value) {
            this.replicationEnabled = value;
            return this;
        }

        public Builder targetStorageTier(String value) {
            this.targetStorageTier = value;
            return this;
        }

        public VolumeAction build() {
            return new VolumeAction(replicationEnabled, targetStorageTier);
        }
    }
}
