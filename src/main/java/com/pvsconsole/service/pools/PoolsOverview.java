package com.pvsconsole.service.pools;

import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.service.inventory.WorkspaceScope;
import java.util.List;

/**
 * What one workspace has of shared processor pools, server placement groups and SPP placement groups,
 * with its servers (the candidates for a placement group, and the members of each pool), read in one go
 * so the page shows one consistent picture; {@code hostGroups} are the system types a new pool may use. Every part belongs to {@code scope}.
 */
public record PoolsOverview(WorkspaceScope scope, List<SharedProcessorPool> pools, List<PlacementGroup> groups,
                            List<SppPlacementGroup> sppGroups, List<PvmInstanceReference> servers,
                            List<String> hostGroups) {

    public PoolsOverview {
        pools = List.copyOf(pools);
        groups = List.copyOf(groups);
        sppGroups = List.copyOf(sppGroups);
        servers = List.copyOf(servers);
        hostGroups = List.copyOf(hostGroups);
    }
}
