package com.pvsconsole.service.inventory;

import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.problem.Problem;
import java.time.Instant;
import java.util.List;

/** What the inventory tells the UI. Every call arrives on the UI thread. */
public interface InventoryListener {

    default void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> workspaces) {
    }

    default void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
    }

    default void volumesLoaded(Workspace workspace, List<VolumeReference> volumes) {
    }

    default void networksLoaded(Workspace workspace, List<NetworkReference> networks) {
    }

    /** True while any list of the current region or workspace is loading. */
    default void loadingChanged(boolean loading) {
    }

    /** A load failed; the previous data stays on screen. */
    default void loadFailed(Problem problem) {
    }

    /** The latest load succeeded (after a failure, this is the recovery). */
    default void loadSucceeded(Instant at) {
    }
}
