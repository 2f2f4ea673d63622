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
}
