package com.pvsconsole.service.inventory;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** How the store lists, identifies and announces one kind of resource. */
record KindSpec<T>(ResourceKind kind, Lister<T> lister, Function<T, String> id, Predicate<T> inTransition,
                   Announcer<T> announcer) {

    interface Lister<T> {
        List<T> list(PowerVsClient client, WorkspaceContext ctx, Instant now, CancellationToken token);
    }

    interface Announcer<T> {
        void announce(InventoryListener listener, WorkspaceScope scope, Delta<T> delta);
    }

    /** Instance states that rest: anything else (BUILD, RESIZE, STOPPING, DELETING...) is followed. */
    private static final Set<String> SETTLED_INSTANCE = Set.of("ACTIVE", "SHUTOFF", "ERROR", "WARNING", "VERIFY_RESIZE");
    private static final Set<String> SETTLED_VOLUME = Set.of("available", "in-use", "error");
    private static final Set<String> SETTLED_IMAGE = Set.of("active", "failed", "error");
    private static final Set<String> SETTLED_JOB = Set.of("completed", "failed");

    /** How far back the store keeps a workspace's events (the Events page's longest preset). */
    static final Duration EVENT_WINDOW = Duration.ofDays(7);

    static final KindSpec<PvmInstanceReference> INSTANCES = new KindSpec<>(ResourceKind.INSTANCES,
            (client, ctx, now, token) -> client.listInstances(ctx, token), PvmInstanceReference::pvmInstanceID,
            instance -> instance.status() != null
                    && !SETTLED_INSTANCE.contains(instance.status().toUpperCase(Locale.ROOT)),
            InventoryListener::instancesChanged);

    static final KindSpec<VolumeReference> VOLUMES = new KindSpec<>(ResourceKind.VOLUMES,
            (client, ctx, now, token) -> client.listVolumes(ctx, token), VolumeReference::volumeID,
            volume -> volume.state() != null && !SETTLED_VOLUME.contains(volume.state().toLowerCase(Locale.ROOT)),
            InventoryListener::volumesChanged);

    static final KindSpec<NetworkReference> NETWORKS = new KindSpec<>(ResourceKind.NETWORKS,
            (client, ctx, now, token) -> client.listNetworks(ctx, token), NetworkReference::networkID, network -> false,
            InventoryListener::networksChanged);

    static final KindSpec<ImageReference> IMAGES = new KindSpec<>(ResourceKind.IMAGES,
            (client, ctx, now, token) -> client.listImages(ctx, token), ImageReference::imageID,
            image -> image.state() != null && !SETTLED_IMAGE.contains(image.state().toLowerCase(Locale.ROOT)),
            InventoryListener::imagesChanged);

    /** Keys are named, not numbered: the name is what the service deletes them by. */
    static final KindSpec<SshKey> SSH_KEYS = new KindSpec<>(ResourceKind.SSH_KEYS,
            (client, ctx, now, token) -> client.listSshKeys(ctx, token), SshKey::name, key -> false,
            InventoryListener::sshKeysChanged);

    static final KindSpec<Event> EVENTS = new KindSpec<>(ResourceKind.EVENTS,
            (client, ctx, now, token) -> client.listEvents(ctx, now.minus(EVENT_WINDOW), null, token),
            Event::eventID, event -> false, InventoryListener::eventsChanged);

    /** A running job is a transition: the workspace is polled every few seconds until it ends. */
    static final KindSpec<Job> JOBS = new KindSpec<>(ResourceKind.JOBS,
            (client, ctx, now, token) -> client.listJobs(ctx, token), Job::id,
            job -> job.status() != null && job.status().state() != null
                    && !SETTLED_JOB.contains(job.status().state().toLowerCase(Locale.ROOT)),
            InventoryListener::jobsChanged);

    /**
     * A new pool is "configuring" until the service has placed it on a host: a transition, so the workspace is
     * polled every few seconds (one list call for all its pools, no per-pool call) until it rests.
     */
    static final KindSpec<SharedProcessorPool> SHARED_PROCESSOR_POOLS = new KindSpec<>(
            ResourceKind.SHARED_PROCESSOR_POOLS, (client, ctx, now, token) -> client.listSharedProcessorPools(ctx, token),
            SharedProcessorPool::id, pool -> "configuring".equalsIgnoreCase(pool.status()),
            InventoryListener::sharedProcessorPoolsChanged);

    static final KindSpec<PlacementGroup> PLACEMENT_GROUPS = new KindSpec<>(ResourceKind.PLACEMENT_GROUPS,
            (client, ctx, now, token) -> client.listPlacementGroups(ctx, token), PlacementGroup::id, group -> false,
            InventoryListener::placementGroupsChanged);

    static final KindSpec<SppPlacementGroup> SPP_PLACEMENT_GROUPS = new KindSpec<>(ResourceKind.SPP_PLACEMENT_GROUPS,
            (client, ctx, now, token) -> client.listSppPlacementGroups(ctx, token), SppPlacementGroup::id,
            group -> false, InventoryListener::sppPlacementGroupsChanged);

    /** Every kind a refresh lists (the on-demand ones only while needed), the ones kept for every workspace first. */
    static final List<KindSpec<?>> ALL = List.of(INSTANCES, VOLUMES, NETWORKS, IMAGES, SSH_KEYS, EVENTS, JOBS,
            SHARED_PROCESSOR_POOLS, PLACEMENT_GROUPS, SPP_PLACEMENT_GROUPS);

    static KindSpec<?> of(ResourceKind kind) {
        return java.util.stream.Stream.concat(ALL.stream(), LAZY.stream()).filter(spec -> spec.kind() == kind).findFirst()
                .orElseThrow();
    }

    /** Snapshot statuses that rest; creating, restoring and rolling back are in motion. */
    static final Set<String> SETTLED_SNAPSHOT = Set.of("available", "error", "restore-error", "restore-reverted",
            "rollback-error");

    /** Lazy: listed when a view asks ({@link InventoryService#load}), not at every refresh. */
    static final KindSpec<Snapshot> SNAPSHOTS = new KindSpec<>(ResourceKind.SNAPSHOTS,
            (client, ctx, now, token) -> client.listSnapshots(ctx, token), Snapshot::snapshotID,
            snapshot -> snapshot.status() != null
                    && !SETTLED_SNAPSHOT.contains(snapshot.status().toLowerCase(Locale.ROOT)),
            InventoryListener::snapshotsChanged);

    /** The kinds listed only when a view asks. */
    static final List<KindSpec<?>> LAZY = List.of(SNAPSHOTS);
}
