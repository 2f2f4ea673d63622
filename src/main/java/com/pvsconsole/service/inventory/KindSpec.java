package com.pvsconsole.service.inventory;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.VolumeReference;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** How the store lists, identifies and announces one kind of resource. */
record KindSpec<T>(ResourceKind kind, Lister<T> lister, Function<T, String> id, Predicate<T> inTransition,
                   Announcer<T> announcer) {

    interface Lister<T> {
        List<T> list(PowerVsClient client, WorkspaceContext ctx, CancellationToken token);
    }

    interface Announcer<T> {
        void announce(InventoryListener listener, WorkspaceScope scope, Delta<T> delta);
    }

    /** Instance states that rest: anything else (BUILD, RESIZE, STOPPING, DELETING...) is followed. */
    private static final Set<String> SETTLED_INSTANCE = Set.of("ACTIVE", "SHUTOFF", "ERROR", "WARNING", "VERIFY_RESIZE");
    private static final Set<String> SETTLED_VOLUME = Set.of("available", "in-use", "error");

    static final KindSpec<PvmInstanceReference> INSTANCES = new KindSpec<>(ResourceKind.INSTANCES,
            PowerVsClient::listInstances, PvmInstanceReference::pvmInstanceID,
            instance -> instance.status() != null
                    && !SETTLED_INSTANCE.contains(instance.status().toUpperCase(Locale.ROOT)),
            InventoryListener::instancesChanged);

    static final KindSpec<VolumeReference> VOLUMES = new KindSpec<>(ResourceKind.VOLUMES,
            PowerVsClient::listVolumes, VolumeReference::volumeID,
            volume -> volume.state() != null && !SETTLED_VOLUME.contains(volume.state().toLowerCase(Locale.ROOT)),
            InventoryListener::volumesChanged);

    static final KindSpec<NetworkReference> NETWORKS = new KindSpec<>(ResourceKind.NETWORKS,
            PowerVsClient::listNetworks, NetworkReference::networkID, network -> false,
            InventoryListener::networksChanged);

    /** Snapshot statuses that rest; creating, restoring and rolling back are in motion. */
    static final Set<String> SETTLED_SNAPSHOT = Set.of("available", "error", "restore-error", "restore-reverted",
            "rollback-error");

    /** Lazy: listed when a view asks ({@link InventoryService#load}), not at every refresh. */
    static final KindSpec<Snapshot> SNAPSHOTS = new KindSpec<>(ResourceKind.SNAPSHOTS,
            PowerVsClient::listSnapshots, Snapshot::snapshotID,
            snapshot -> snapshot.status() != null
                    && !SETTLED_SNAPSHOT.contains(snapshot.status().toLowerCase(Locale.ROOT)),
            InventoryListener::snapshotsChanged);

    /** The kinds every refresh lists. */
    static final List<KindSpec<?>> ALL = List.of(INSTANCES, VOLUMES, NETWORKS);

    /** The kinds listed only when a view asks. */
    static final List<KindSpec<?>> LAZY = List.of(SNAPSHOTS);
}
