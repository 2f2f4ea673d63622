package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PlacementGroupServer} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlacementGroupServer(
        @JsonProperty("id") String id) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PlacementGroupServer}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String id;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public PlacementGroupServer build() {
            return new PlacementGroupServer(id);
        }
    }
}
