package com.pvsconsole.service.inventory;

import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SppPlacementGroup;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.problem.Problem;
import java.time.Instant;
import java.util.List;

/**
 * What the inventory store tells its views. Every call arrives on the UI thread and names the
 * scope it is about: a view shows what belongs to the scope it looks at and ignores the rest.
 */
public interface InventoryListener {

    /** A region's workspace list arrived (or changed); {@code workspaces} is the whole list. */
    default void workspacesChanged(RegionEndpoint endpoint, List<WorkspaceScope> workspaces) {
    }

    /** Listing a region's workspaces failed; the other regions are not affected. */
    default void regionFailed(RegionEndpoint endpoint, Problem problem) {
    }

    default void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
    }

    default void volumesChanged(WorkspaceScope scope, Delta<VolumeReference> delta) {
    }

    default void networksChanged(WorkspaceScope scope, Delta<NetworkReference> delta) {
    }

    /** The workspace's snapshots changed: a load a view asked for, or a snapshot followed after an action. */
    default void snapshotsChanged(WorkspaceScope scope, Delta<Snapshot> delta) {
    }

    /** The kinds below arrive only for workspaces a view {@linkplain InventoryService#need needs} them for. */
    default void imagesChanged(WorkspaceScope scope, Delta<ImageReference> delta) {
    }

    default void sshKeysChanged(WorkspaceScope scope, Delta<SshKey> delta) {
    }

    default void eventsChanged(WorkspaceScope scope, Delta<Event> delta) {
    }

    default void jobsChanged(WorkspaceScope scope, Delta<Job> delta) {
    }

    default void sharedProcessorPoolsChanged(WorkspaceScope scope, Delta<SharedProcessorPool> delta) {
    }

    default void placementGroupsChanged(WorkspaceScope scope, Delta<PlacementGroup> delta) {
    }

    default void sppPlacementGroupsChanged(WorkspaceScope scope, Delta<SppPlacementGroup> delta) {
    }

    /** Every list of the workspace answered (the first time, or on a refresh). */
    default void workspaceLoaded(WorkspaceScope scope, Instant at) {
    }

    /** A list of the workspace failed; what was shown stays. */
    default void workspaceFailed(WorkspaceScope scope, Problem problem) {
    }

    default void statusChanged(InventoryStatus status) {
    }
}
