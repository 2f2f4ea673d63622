package com.pvsconsole.service.workspace;

import com.pvsconsole.api.model.CloudInstanceUsageLimits;
import com.pvsconsole.api.model.DhcpServer;
import com.pvsconsole.api.model.NetworkSecurityGroup;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace as its details page shows it: where it is, its state, what it can do and what it may use,
 * plus its network security groups and DHCP servers.
 *
 * @param usage               what the workspace uses; null when the service did not say
 * @param limits              what it may use; null when the service did not say
 * @param capabilities        the workspace's capabilities (name to enabled), in the service's order
 * @param securityGroups      empty when network security groups are not enabled on the workspace
 * @param dhcpServers         the workspace's DHCP servers (often none)
 */
public record WorkspaceFacts(WorkspaceScope scope, String status, String type, String creationDate,
                             Map<String, Boolean> capabilities, CloudInstanceUsageLimits usage,
                             CloudInstanceUsageLimits limits, Optional<List<NetworkSecurityGroup>> securityGroups,
                             List<DhcpServer> dhcpServers) {

    public WorkspaceFacts {
        capabilities = capabilities == null ? Map.of() : capabilities;
        dhcpServers = dhcpServers == null ? List.of() : List.copyOf(dhcpServers);
    }
}
