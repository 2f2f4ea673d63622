package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SnapshotCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotCreate(
        @JsonProperty("description") String description,
        @JsonProperty("name") String name,
        @JsonProperty("userTags") List<String> userTags,
        @JsonProperty("volumeIDs") List<String> volumeIDs) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SnapshotCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String description;
        private String name;
        private List<String> userTags;
        private List<String> volumeIDs;

        private Builder() {
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
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

        public SnapshotCreate build() {
            return new SnapshotCreate(description, name, userTags, volumeIDs);
        }
    }
}
