package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code SAPCreate} (request body of {@code POST .../sap}), with the properties the console
 * sends; property names are the wire names. The definition requires: imageID, name, networks, profileID. The
 * profile fixes cores and memory, so there is no processors or memory here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SapCreate(
        @JsonProperty("imageID") String imageID,
        @JsonProperty("name") String name,
        @JsonProperty("networks") List<PvmInstanceAddNetwork> networks,
        @JsonProperty("placementGroup") String placementGroup,
        @JsonProperty("profileID") String profileID,
        @JsonProperty("sshKeyName") String sshKeyName,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("storageType") String storageType,
        @JsonProperty("sysType") String sysType,
        @JsonProperty("userData") String userData,
        @JsonProperty("volumeIDs") List<String> volumeIDs) {
}
