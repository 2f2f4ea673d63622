package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code NetworkInterfaceUpdate} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkInterfaceUpdate(
        @JsonProperty("instanceID") String instanceID,
        @JsonProperty("name") String name) {

    /** Attaches the interface to an instance: the way to add a network to a server. */
    public static NetworkInterfaceUpdate attachTo(String instanceId) {
        return new NetworkInterfaceUpdate(java.util.Objects.requireNonNull(instanceId, "instanceId"), null);
    }

    /** Detaches the interface from its instance: the service takes an empty instance id for that. */
    public static NetworkInterfaceUpdate detach() {
        return new NetworkInterfaceUpdate("", null);
    }

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link NetworkInterfaceUpdate}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String instanceID;
        private String name;

        private Builder() {
        }

        public Builder instanceID(String value) {
            this.instanceID = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public NetworkInterfaceUpdate build() {
            return new NetworkInterfaceUpdate(instanceID, name);
        }
    }
}
