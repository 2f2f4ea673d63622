package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SPPPlacementGroupCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, policy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SppPlacementGroupCreate(
        @JsonProperty("name") String name,
        @JsonProperty("policy") String policy,
        @JsonProperty("userTags") List<String> userTags) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SppPlacementGroupCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String name;
        private String policy;
        private List<String> userTags;

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder policy(String value) {
            this.policy = value;
            return this;
        }

        public Builder userTags(List<String> value) {
            this.userTags = value;
            return this;
        }

        public SppPlacementGroupCreate build() {
            return new SppPlacementGroupCreate(name, policy, userTags);
        }
    }
}
