package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SnapshotRestore} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotRestore(
        @JsonProperty("force") Boolean force) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SnapshotRestore}; unset fields are omitted on the wire. */
    public static final class Builder {
        private Boolean force;

        private Builder() {
        }

        public Builder force(Boolean value) {
            this.force = value;
            return this;
        }

        public SnapshotRestore build() {
            return new SnapshotRestore(force);
        }
    }
}
