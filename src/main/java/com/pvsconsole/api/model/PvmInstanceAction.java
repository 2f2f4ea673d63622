package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code PVMInstanceAction} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: action.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceAction(
        @JsonProperty("action") String action) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PvmInstanceAction}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String action;

        private Builder() {
        }

        public Builder action(String value) {
            this.action = value;
            return this;
        }

        public PvmInstanceAction build() {
            return new PvmInstanceAction(action);
        }
    }
}
