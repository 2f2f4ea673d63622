package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code CloudInstance}; property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: cloudInstanceID, enabled, initialized, limits, name, openstackID, pvmInstances, region, tenantID, usage.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudInstance(
        @JsonProperty("capabilities") List<String> capabilities,
        @JsonProperty("cloudInstanceID") String cloudInstanceID,
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("initialized") Boolean initialized,
        @JsonProperty("limits") CloudInstanceUsageLimits limits,
        @JsonProperty("name") String name,
        @JsonProperty("openstackID") String openstackID,
        @JsonProperty("pvmInstances") List<PvmInstanceReference> pvmInstances,
        @JsonProperty("region") String region,
        @JsonProperty("tenantID") String tenantID,
        @JsonProperty("usage") CloudInstanceUsageLimits usage) {
}
