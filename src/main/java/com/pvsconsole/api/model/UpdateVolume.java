package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code UpdateVolume} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateVolume(
        @JsonProperty("bootable") Boolean bootable,
        @JsonProperty("name") String name,
        @JsonProperty("shareable") Boolean shareable,
        @JsonProperty("size") Double size) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link UpdateVolume}; unset fields are omitted on the wire. */
    public static final class Builder {
        private Boolean bootable;
        private String name;
        private Boolean shareable;
        private Double size;

        private Builder() {
        }

        public Builder bootable(Boolean value) {
            this.bootable = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
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

        public UpdateVolume build() {
            return new UpdateVolume(bootable, name, shareable, size);
        }
    }
}
