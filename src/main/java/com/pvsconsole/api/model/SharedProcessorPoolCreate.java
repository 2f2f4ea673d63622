package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SharedProcessorPoolCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: hostGroup, name, reservedCores.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SharedProcessorPoolCreate(
        @JsonProperty("hostGroup") String hostGroup,
        @JsonProperty("hostID") String hostID,
        @JsonProperty("name") String name,
        @JsonProperty("placementGroupID") String placementGroupID,
        @JsonProperty("reservedCores") Long reservedCores,
        @JsonProperty("userTags") List<String> userTags) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SharedProcessorPoolCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String hostGroup;
        private String hostID;
        private String name;
        private String placementGroupID;
        private Long reservedCores;
        private List<String> userTags;

        private Builder() {
        }

        public Builder hostGroup(String value) {
            this.hostGroup = value;
            return this;
        }

        public Builder hostID(String value) {
            this.hostID = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder placementGroupID(String value) {
            this.placementGroupID = value;
            return this;
        }

        public Builder reservedCores(Long value) {
            this.reservedCores = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public SharedProcessorPoolCreate build() {
            return new SharedProcessorPoolCreate(hostGroup, hostID, name, placementGroupID, reservedCores, userTags);
        }
    }
}
