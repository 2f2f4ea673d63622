package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Power VS definition {@code SSHKey} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: name, sshKey.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SshKey(
        @JsonProperty("creationDate") String creationDate,
        @JsonProperty("name") String name,
        @JsonProperty("sshKey") String sshKey) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link SshKey}; unset fields are omitted on the wire. */
    public static final class Builder {
        private String creationDate;
        private String name;
        private String sshKey;

        private Builder() {
        }

        public Builder creationDate(String value) {
            this.creationDate = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder sshKey(String value) {
            this.sshKey = value;
            return this;
        }

        public SshKey build() {
            return new SshKey(creationDate, name, sshKey);
        }
    }
}
