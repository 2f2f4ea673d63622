package com.pvsconsole.service.inventory;

import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SppPlacementGroup;

/**
 * A store listener for views that show pools and placement groups together and only need to know
 * that one of the three kinds changed in a workspace, not how (the Pools page, the create wizard):
 * they re-read the store.
 */
@FunctionalInterface
public interface PoolsAndGroupsListener extends InventoryListener {

    /** The workspace's shared processor pools, placement groups or SPP placement groups changed. */
    void poolsOrGroupsChanged(WorkspaceScope scope);

    @Override
    default void sharedProcessorPoolsChanged(WorkspaceScope scope, Delta<SharedProcessorPool> delta) {
        poolsOrGroupsChanged(scope);
    }

    @Override
    default void placementGroupsChanged(WorkspaceScope scope, Delta<PlacementGroup> delta) {
        poolsOrGroupsChanged(scope);
    }

    @Override
    default void sppPlacementGroupsChanged(WorkspaceScope scope, Delta<SppPlacementGroup> delta) {
        poolsOrGroupsChanged(scope);
    }
}
