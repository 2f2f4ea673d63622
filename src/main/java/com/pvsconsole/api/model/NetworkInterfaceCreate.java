package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code NetworkInterfaceCreate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkInterfaceCreate(
        @JsonProperty("ipAddress") String ipAddress,
        @JsonProperty("name") String name,
        @JsonProperty("userTags") List<String> userTags) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link NetworkInterfaceCreate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String ipAddress;
        private String name;
        private List<String> userTags;

        private Builder() {
        }

        public Builder ipAddress(String value) {
            this.ipAddress = value;
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

        public NetworkInterfaceCreate build() {
            return new NetworkInterfaceCreate(ipAddress, name, userTags);
        }
    }
}
