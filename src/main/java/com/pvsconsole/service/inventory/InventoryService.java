package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.PowerVsClient;
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
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The account's inventory: every region's workspaces and every workspace's instances, volumes
 * and networks, shared by all views (they filter it by scope; none loads lists of its own).
 *
 * <p>Discovery lists the workspaces of every region of the catalog concurrently; a failing
 * region is reported and the others go on. Each workspace's lists then load concurrently, at
 * most {@code maxConcurrentCalls} calls at a time for the whole store. Answers are merged by id
 * on the worker that fetched them and only changed records are announced. Refresh costs one list
 * call per kind; workspaces with something in transition are polled every few seconds, settled
 * ones at the interval (slower in the background); a 429 backs off and a lost network pauses
 * polling, both shown in {@link InventoryStatus}. Confined to the UI thread: the executor
 * delivers every callback there.
 */
public final class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    private final String accountId;
    private final PowerVsClient client;
    private final RegionCatalog catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LoadThrottle throttle;
    private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<RegionEndpoint, RegionState> regions = new LinkedHashMap<>();
    private final Map<String, WorkspaceInventory> workspaces = new LinkedHashMap<>();
    /** How many views need each on-demand kind, per workspace id. */
    private final Map<String, Map<ResourceKind, Integer>> needs = new HashMap<>();
    private RefreshPolicy policy;
    private boolean background;
    private boolean fromCache;
    private Instant cachedAt;
    private Instant lastSuccess;
    private WorkspaceScope focus;
    private TaskHandle tick = TaskHandle.none();
    private boolean closed;
    private Instant tickAt;
    private InventoryStatus status = InventoryStatus.starting();

    /** A region's workspace list and its load state. */
    private static final class RegionState {
        List<WorkspaceScope> workspaces = List.of();
        boolean loaded;
        boolean loading;
        TaskHandle handle = TaskHandle.none();
        Problem problem;
        int failures;
        /** The next try after a failure, if one is due. */
        TaskHandle retry = TaskHandle.none();
    }

    public InventoryService(String accountId, PowerVsClient client, RegionCatalog catalog, TaskExecutor executor,
                            Clock clock, RefreshPolicy policy, int maxConcurrentCalls) {
        this.accountId = accountId;
        this.client = client;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.policy = policy;
        this.throttle = new LoadThrottle(maxConcurrentCalls);
    }

    public void addListener(InventoryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(InventoryListener listener) {
        listeners.remove(listener);
    }

    public String accountId() {
        return accountId;
    }

    public Map<String, List<Region>> regionsByGeography() {
        return catalog.byGeography();
    }

    // ---------------------------------------------------------------- reading the store

    /** Every workspace the store knows, region by region. */
    public List<WorkspaceScope> workspaces() {
        return workspaces.values().stream().map(ws -> ws.scope).toList();
    }

    /** The workspaces of one regional endpoint (empty until its list has arrived). */
    public List<WorkspaceScope> workspaces(RegionEndpoint endpoint) {
        RegionState region = regions.get(endpoint);
        return region == null ? List.of() : region.workspaces;
    }

    public boolean isRegionLoaded(RegionEndpoint endpoint) {
        RegionState region = regions.get(endpoint);
        return region != null && region.loaded;
    }

    public Optional<Problem> regionProblem(RegionEndpoint endpoint) {
        return Optional.ofNullable(regions.get(endpoint)).map(region -> region.problem);
    }

    public Collection<PvmInstanceReference> instances(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.INSTANCES).values()).orElse(List.of());
    }

    public Collection<VolumeReference> volumes(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.VOLUMES).values()).orElse(List.of());
    }

    public Collection<NetworkReference> networks(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.NETWORKS).values()).orElse(List.of());
    }

    /** The workspace's instance snapshots: empty until a view asked for them with {@link #load}. */
    public Collection<Snapshot> snapshots(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.SNAPSHOTS).values()).orElse(List.of());
    }

    /** The workspace's images; empty unless a view {@linkplain #need needs} them. */
    public Collection<ImageReference> images(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.IMAGES).values()).orElse(List.of());
    }

    /** The account's keys as listed through the workspace; empty unless a view needs them. */
    public Collection<SshKey> sshKeys(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.SSH_KEYS).values()).orElse(List.of());
    }

    /** The workspace's events of the last week, as the service ordered them; empty unless a view needs them. */
    public Collection<Event> events(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.EVENTS).values()).orElse(List.of());
    }

    /** The workspace's recent jobs; empty unless a view needs them. */
    public Collection<Job> jobs(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.JOBS).values()).orElse(List.of());
    }

    /** The workspace's shared processor pools; empty unless a view needs them. */
    public Collection<SharedProcessorPool> sharedProcessorPools(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.SHARED_PROCESSOR_POOLS).values()).orElse(List.of());
    }

    /** The workspace's server placement groups; empty unless a view needs them. */
    public Collection<PlacementGroup> placementGroups(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.PLACEMENT_GROUPS).values()).orElse(List.of());
    }

    /** The workspace's SPP placement groups; empty unless a view needs them. */
    public Collection<SppPlacementGroup> sppPlacementGroups(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.list(KindSpec.SPP_PLACEMENT_GROUPS).values()).orElse(List.of());
    }

    /** True once the workspace's list of {@code kind} has arrived (from the service or the cache). */
    public boolean isLoaded(WorkspaceScope scope, ResourceKind kind) {
        return find(scope).map(ws -> ws.isLoaded(kind)).orElse(false);
    }

    /** True while the lists shown for the workspace come from the saved inventory, not the service. */
    public boolean isFromCache(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.fromCache).orElse(false);
    }

    /** When the workspace's instances were last confirmed (by the service, or when the cache was saved). */
    public Optional<Instant> asOf(WorkspaceScope scope) {
        return find(scope).map(ws -> ws.loadedAt(ResourceKind.INSTANCES));
    }

    public boolean isLoading(WorkspaceScope scope) {
        return find(scope).map(WorkspaceInventory::isLoading).orElse(false);
    }

    public InventoryStatus status() {
        return status;
    }

    /** True while any list of the store is being loaded or waits its turn. */
    public boolean isLoading() {
        return throttle.running() > 0 || throttle.waiting() > 0;
    }

    // ---------------------------------------------------------------- driving the store

    /**
     * Lists the workspaces of every region of the catalog on {@code type} endpoints, concurrently
     * (bounded), then loads every workspace found. Already discovered regions are listed again.
     */
    public void discover(EndpointType type) {
        for (Region region : catalog.regions()) {
            discoverRegion(new RegionEndpoint(region.id(), type));
        }
        publishStatus();
    }

    /** Lists one region's workspaces (again), and loads the workspaces found. */
    public void discoverRegion(RegionEndpoint endpoint) {
        discoverRegion(endpoint, false);
    }

    /**
     * The same; {@code recorded} keeps it in the activity history even when it succeeds (the user
     * is looking at this region), where background discovery is quiet unless it fails.
     */
    public void discoverRegion(RegionEndpoint endpoint, boolean recorded) {
        RegionState region = regions.computeIfAbsent(endpoint, key -> new RegionState());
        if (region.loading) {
            return;
        }
        region.loading = true;
        BackgroundTask<List<Workspace>> task = BackgroundTask.of("Load workspaces", endpoint.region(),
                cancellable(token -> client.listWorkspaces(endpoint, token)));
        throttle.submit(release -> region.handle = executor.submit((recorded ? task : task.quiet())
                .onSuccess(found -> {
                    release.run();
                    region.loading = false;
                    region.loaded = true;
                    region.problem = null;
                    region.failures = 0;
                    region.retry.cancel();
                    workspacesArrived(endpoint, region, found);
                })
                .onFailure(problem -> {
                    release.run();
                    region.loading = false;
                    region.problem = problem;
                    region.failures++;
                    listeners.forEach(l -> l.regionFailed(endpoint, problem));
                    retryLater(endpoint, region, problem);
                    publishStatus();
                })
                .onCancelled(() -> {
                    release.run();
                    region.loading = false;
                })), 1);
    }

    /**
     * Asks a region that failed again after the wait a workspace refresh would take for that
     * problem (backing off, honouring Retry-After). Without it, a blip at start-up left the
     * region's workspaces on the saved inventory, with no call, until a full refresh by hand.
     * Not for what another try cannot fix ({@link Problem#retryable()} false: a refused API key,
     * a forbidden or unknown workspace list): that needs the user.
     */
    private void retryLater(RegionEndpoint endpoint, RegionState region, Problem problem) {
        if (closed || !problem.retryable()) {
            return;
        }
        region.retry.cancel();
        region.retry = executor.schedule(policy.afterFailure(problem, region.failures, false, background), () -> {
            if (!closed && region.problem != null) {
                discoverRegion(endpoint);
            }
        });
    }

    /**
     * The workspace the user is looking at: loaded before the others when it has not been yet,
     * and refreshed at once if its data came from the cache.
     */
    public void focus(WorkspaceScope scope) {
        focus = scope;
        find(scope).ifPresent(ws -> {
            if (!ws.isLoading() && (ws.fromCache || !ws.isLoaded(ResourceKind.INSTANCES))) {
                startLoad(ws, true);
            }
        });
    }

    public Optional<WorkspaceScope> focused() {
        return Optional.ofNullable(focus);
    }

    /** What {@link #need} returns: the view gives it back when it no longer shows the kind. */
    public interface Need {
        /**
     * The view stopped showing the kind; the last one to release stops its refreshes. The records are held until
     * the workspace's next refresh, so a page shown again before it costs no call. Idempotent.
     */
        void release();
    }

    /**
     * A view shows {@code kind} (images, SSH keys, events, jobs, pools and placement groups) for {@code scope}: the store lists
     * it now if it has not, and with every refresh of that workspace until the view releases it.
     * Kinds kept for every workspace need no call here, nor do snapshots: a view lists those with
     * {@link #load}, and their actions keep them current.
     */
    public Need need(WorkspaceScope scope, ResourceKind kind) {
        if (scope == null || !kind.onDemand()) {
            return () -> { };
        }
        needs.computeIfAbsent(scope.workspaceId(), id -> new EnumMap<>(ResourceKind.class)).merge(kind, 1, Integer::sum);
        find(scope).ifPresent(ws -> {
            ws.unhold(kind);
            if (!ws.isLoaded(kind)) {
                loadMissing(ws);
            }
        });
        boolean[] released = {false};
        return () -> {
            if (released[0]) {
                return;
            }
            released[0] = true;
            Map<ResourceKind, Integer> counts = needs.get(scope.workspaceId());
            if (counts != null && counts.merge(kind, -1, Integer::sum) <= 0) {
                counts.remove(kind);
                // Held, not followed (a running job no one looks at must not keep the workspace polled), and
                // forgotten at the next refresh rather than kept stale.
                find(scope).filter(ws -> ws.isLoaded(kind)).ifPresent(ws -> {
                    ws.hold(kind);
                    publishStatus();
                });
            }
        };
    }

    private boolean needed(WorkspaceInventory ws, ResourceKind kind) {
        return !kind.onDemand() || needs.getOrDefault(ws.scope.workspaceId(), Map.of()).getOrDefault(kind, 0) > 0;
    }

    /** Needed, or held since its view went: an action's answer keeps a held copy current. */
    private boolean kept(WorkspaceInventory ws, ResourceKind kind) {
        return needed(ws, kind) || ws.isHeld(kind);
    }

    /** The kinds a refresh of the workspace lists: the kept ones and those a view needs. */
    private List<KindSpec<?>> kindsFor(WorkspaceInventory ws) {
        return KindSpec.ALL.stream().filter(spec -> needed(ws, spec.kind())).toList();
    }

    /** Lists the needed kinds the workspace has not got yet (a page was just opened), or after the load out now. */
    private void loadMissing(WorkspaceInventory ws) {
        if (ws.isLoading()) {
            ws.missingAfterLoad = true;
            return;
        }
        List<KindSpec<?>> missing = kindsFor(ws).stream().filter(spec -> !ws.isLoaded(spec.kind())).toList();
        if (!missing.isEmpty()) {
            startLoad(ws, true, missing);
        }
    }

    /**
     * Lists one kind of the workspace again (after a change the user made to it), unless a load is out.
     * A lazy kind (snapshots) is listed through {@link #load}, apart from the workspace's loads.
     */
    public void refresh(WorkspaceScope scope, ResourceKind kind) {
        if (KindSpec.LAZY.stream().anyMatch(spec -> spec.kind() == kind)) {
            load(scope, kind);
            return;
        }
        find(scope).filter(ws -> !ws.isLoading() && needed(ws, kind))
                .ifPresent(ws -> startLoad(ws, true, List.of(KindSpec.of(kind))));
    }

    /**
     * Lists one on-demand kind of the workspace once more because a change elsewhere altered its records (an
     * instance created into a pool changes the pool's allocated cores): now, or when the load out ends, whose answer
     * may predate the change. While no view needs the kind a held copy is dropped instead (it is stale).
     */
    public void relist(WorkspaceScope scope, ResourceKind kind) {
        find(scope).ifPresent(ws -> {
            if (!needed(ws, kind)) {
                if (ws.isHeld(kind)) {
                    ws.forget(kind);
                }
            } else if (ws.isLoading()) {
                ws.relistAfterLoad.add(kind);
            } else {
                startLoad(ws, true, List.of(KindSpec.of(kind)));
            }
        });
    }

    /** Reloads one workspace's lists now (the user asked), unless a load is already out. */
    public void refresh(WorkspaceScope scope) {
        find(scope).filter(ws -> !ws.isLoading()).ifPresent(ws -> startLoad(ws, true));
    }

    /**
     * Lists a lazy kind of the workspace now (a view shows it, or the user asked again): merged by
     * id and announced like the kinds every refresh lists. Quiet unless it fails. Succeeds with
     * false when the workspace left the store meanwhile.
     */
    public Pending<Boolean> load(WorkspaceScope scope, ResourceKind kind) {
        KindSpec<?> spec = KindSpec.LAZY.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind + " is listed at every refresh, not lazily"));
        return find(scope).map(ws -> loadLazy(ws, spec)).orElseGet(() -> Pending.done(false));
    }

    /** Records a snapshot as an action or its follow saw it, so every view shows it at once. */
    public void recordSnapshot(WorkspaceScope scope, Snapshot snapshot) {
        find(scope).ifPresent(ws -> put(ws, KindSpec.SNAPSHOTS, snapshot));
    }

    /** Drops a snapshot the service no longer has (deleted, or gone while followed). */
    public void forgetSnapshot(WorkspaceScope scope, String snapshotId) {
        find(scope).ifPresent(ws -> forget(ws, KindSpec.SNAPSHOTS, snapshotId));
    }

    /**
     * Records a pool as a change the user made returned it (create, resize), so every view shows it at once. Only
     * while a view needs the kind: a record nobody shows would not be refreshed, and a configuring one would keep
     * the workspace polled.
     */
    public void recordSharedProcessorPool(WorkspaceScope scope, SharedProcessorPool pool) {
        find(scope).filter(ws -> kept(ws, ResourceKind.SHARED_PROCESSOR_POOLS))
                .ifPresent(ws -> put(ws, KindSpec.SHARED_PROCESSOR_POOLS, pool));
    }

    public void forgetSharedProcessorPool(WorkspaceScope scope, String poolId) {
        find(scope).ifPresent(ws -> forget(ws, KindSpec.SHARED_PROCESSOR_POOLS, poolId));
    }

    /** Records a placement group as a create or a member change returned it; only while a view needs the kind. */
    public void recordPlacementGroup(WorkspaceScope scope, PlacementGroup group) {
        find(scope).filter(ws -> kept(ws, ResourceKind.PLACEMENT_GROUPS))
                .ifPresent(ws -> put(ws, KindSpec.PLACEMENT_GROUPS, group));
    }

    public void forgetPlacementGroup(WorkspaceScope scope, String groupId) {
        find(scope).ifPresent(ws -> forget(ws, KindSpec.PLACEMENT_GROUPS, groupId));
    }

    /** Records an SPP placement group as a create or a member change returned it; only while a view needs the kind. */
    public void recordSppPlacementGroup(WorkspaceScope scope, SppPlacementGroup group) {
        find(scope).filter(ws -> kept(ws, ResourceKind.SPP_PLACEMENT_GROUPS))
                .ifPresent(ws -> put(ws, KindSpec.SPP_PLACEMENT_GROUPS, group));
    }

    public void forgetSppPlacementGroup(WorkspaceScope scope, String groupId) {
        find(scope).ifPresent(ws -> forget(ws, KindSpec.SPP_PLACEMENT_GROUPS, groupId));
    }

    /** Reloads every workspace (and rediscovers regions that failed). */
    public void refreshAll() {
        regions.forEach((endpoint, region) -> {
            if (region.problem != null) {
                discoverRegion(endpoint);
            }
        });
        workspaces.values().stream().filter(ws -> !ws.isLoading()).forEach(ws -> startLoad(ws, false));
    }

    /**
     * Cancels every load in flight and queued; data already shown stays, and each workspace
     * refreshes again on its interval. (A cancelled load never finishes, and a load clears the
     * workspace's next refresh when it starts: after a Cancel the workspace on screen was never
     * refreshed again.)
     */
    public void cancelLoads() {
        cancelAll();
        workspaces.values().stream().filter(ws -> ws.nextDue == null).forEach(ws -> {
            if (ws.failures > 0 && ws.problem != null) {
                ws.nextDue = afterFailure(ws);
            } else {
                scheduleAfterSuccess(ws);
            }
        });
        reschedule();
        publishStatus();
    }

    private void cancelAll() {
        throttle.clearWaiting();
        regions.values().forEach(region -> {
            region.handle.cancel();
            region.loading = false;
        });
        workspaces.values().forEach(WorkspaceInventory::cancel);
    }

    /** Stops everything: loads, retries and the refresh timer. */
    public void close() {
        closed = true;
        tick.cancel();
        regions.values().forEach(region -> region.retry.cancel());
        cancelAll();
        publishStatus();
    }

    /** Sets the settled refresh interval; zero turns auto-refresh off (transitions are still followed). */
    public void setAutoRefresh(Duration interval) {
        policy = policy.withInterval(interval);
        workspaces.values().forEach(this::scheduleAfterSuccess);
        reschedule();
    }

    /** The window has been minimised or unfocused for a while: settled workspaces refresh rarely. */
    public void setBackground(boolean inBackground) {
        if (background == inBackground) {
            return;
        }
        background = inBackground;
        workspaces.values().stream().filter(ws -> ws.failures == 0).forEach(this::scheduleAfterSuccess);
        reschedule();
        publishStatus();
    }

    /**
     * Shows a saved inventory at once, marked as cached, until fresh answers replace it. Only
     * fills workspaces the service has not answered for yet.
     */
    public void restore(Instant savedAt, List<RestoredWorkspace> saved) {
        for (RestoredWorkspace entry : saved) {
            WorkspaceScope scope = entry.scope();
            if (!scope.accountId().equals(accountId) || workspaces.containsKey(scope.workspaceId())) {
                continue;
            }
            RegionState region = regions.computeIfAbsent(scope.endpoint(), key -> new RegionState());
            if (!region.loaded) {
                List<WorkspaceScope> list = new ArrayList<>(region.workspaces);
                list.add(scope);
                region.workspaces = List.copyOf(list);
            }
            WorkspaceInventory ws = new WorkspaceInventory(scope, entry.workspace());
            ws.fromCache = true;
            restoreList(ws, KindSpec.INSTANCES, entry.instances(), entry.loadedAt());
            restoreList(ws, KindSpec.VOLUMES, entry.volumes(), entry.loadedAt());
            restoreList(ws, KindSpec.NETWORKS, entry.networks(), entry.loadedAt());
            workspaces.put(scope.workspaceId(), ws);
        }
        fromCache = !saved.isEmpty();
        cachedAt = savedAt;
        regions.forEach((endpoint, region) -> listeners.forEach(l -> l.workspacesChanged(endpoint, region.workspaces)));
        for (WorkspaceInventory ws : workspaces.values()) {
            announceAll(ws);
        }
        publishStatus();
    }

    /** What the store holds now, for the cache: workspaces whose instances have been loaded. */
    public List<RestoredWorkspace> snapshot() {
        List<RestoredWorkspace> saved = new ArrayList<>();
        for (WorkspaceInventory ws : workspaces.values()) {
            if (ws.isLoaded(ResourceKind.INSTANCES) && ws.workspace != null) {
                saved.add(new RestoredWorkspace(ws.scope, ws.workspace,
                        List.copyOf(ws.list(KindSpec.INSTANCES).values()), List.copyOf(ws.list(KindSpec.VOLUMES).values()),
                        List.copyOf(ws.list(KindSpec.NETWORKS).values()), ws.loadedAt(ResourceKind.INSTANCES)));
            }
        }
        return saved;
    }

    // ---------------------------------------------------------------- internals

    private <T> void restoreList(WorkspaceInventory ws, KindSpec<T> spec, List<T> items, Instant at) {
        ws.setList(spec, ListMerge.of(Map.of(), items, spec.id()).merged(), at);
    }

    private <T> Pending<Boolean> loadLazy(WorkspaceInventory ws, KindSpec<T> spec) {
        Map<String, T> base = ws.list(spec);
        WorkspaceScope scope = ws.scope;
        return executor.start(BackgroundTask.of(spec.kind().action(), scope.workspaceName(),
                        cancellable(token -> ListMerge.of(base,
                                spec.lister().list(client, scope.context(), clock.instant(), token), spec.id())))
                .quiet())
                .map(merge -> {
                    if (workspaces.get(scope.workspaceId()) != ws) {
                        return false; // the workspace went away or was replaced meanwhile
                    }
                    ListMerge<T> current = merge.rebase(ws.list(spec), spec.id());
                    ws.setList(spec, unchangedOrMerged(ws, spec, current), clock.instant());
                    if (!current.delta().isEmpty()) {
                        announce(ws, spec, current.delta());
                    }
                    return true;
                });
    }

    /**
     * The list to keep after an answer: the one held when nothing changed, so a refresh that
     * changes nothing leaves the store (and what it worked out from the list) as it was.
     */
    private static <T> Map<String, T> unchangedOrMerged(WorkspaceInventory ws, KindSpec<T> spec, ListMerge<T> merge) {
        return merge.delta().isEmpty() && ws.isLoaded(spec.kind()) ? ws.list(spec) : merge.merged();
    }

    private <T> void put(WorkspaceInventory ws, KindSpec<T> spec, T item) {
        String id = spec.id().apply(item);
        Map<String, T> next = new LinkedHashMap<>(ws.list(spec));
        T before = next.put(id, item);
        if (id == null || Objects.equals(before, item)) {
            return;
        }
        ws.replaceItems(spec, Collections.unmodifiableMap(next));
        announce(ws, spec, before == null ? new Delta<>(List.of(item), List.of(), Set.of())
                : new Delta<>(List.of(), List.of(item), Set.of()));
        if (spec.inTransition().test(item) && !ws.isLoading()) {
            // A record in motion (a new pool configuring) has the workspace polled until it rests.
            scheduleAfterSuccess(ws);
            reschedule();
            publishStatus();
        }
    }

    private <T> void forget(WorkspaceInventory ws, KindSpec<T> spec, String id) {
        if (!ws.list(spec).containsKey(id)) {
            return;
        }
        Map<String, T> next = new LinkedHashMap<>(ws.list(spec));
        next.remove(id);
        ws.replaceItems(spec, Collections.unmodifiableMap(next));
        announce(ws, spec, new Delta<>(List.of(), List.of(), Set.of(id)));
    }

    private void announceAll(WorkspaceInventory ws) {
        KindSpec.ALL.forEach(spec -> announceEverything(ws, spec));
    }

    /** Every record of the kind as added (a restored list, which no view has seen). */
    private <T> void announceEverything(WorkspaceInventory ws, KindSpec<T> spec) {
        announce(ws, spec, new Delta<>(List.copyOf(ws.list(spec).values()), List.of(), Set.of()));
    }

    private <T> void announce(WorkspaceInventory ws, KindSpec<T> spec, Delta<T> delta) {
        listeners.forEach(l -> spec.announcer().announce(l, ws.scope, delta));
    }

    private Optional<WorkspaceInventory> find(WorkspaceScope scope) {
        if (scope == null) {
            return Optional.empty();
        }
        WorkspaceInventory ws = workspaces.get(scope.workspaceId());
        return ws != null && ws.scope.endpoint().equals(scope.endpoint()) ? Optional.of(ws) : Optional.empty();
    }

    private void workspacesArrived(RegionEndpoint endpoint, RegionState region, List<Workspace> found) {
        List<WorkspaceScope> scopes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Workspace workspace : found) {
            Optional<WorkspaceScope> scope = WorkspaceScope.of(accountId, endpoint, workspace);
            if (scope.isEmpty()) {
                LOG.warning(() -> "Workspace '" + workspace.name() + "' in " + endpoint.region()
                        + " has no usable CRN in its details; it is not shown");
                continue;
            }
            scopes.add(scope.get());
            seen.add(scope.get().workspaceId());
            WorkspaceInventory ws = workspaces.get(scope.get().workspaceId());
            if (ws == null || !ws.scope.equals(scope.get())) {
                if (ws != null) {
                    ws.cancel();
                }
                WorkspaceInventory fresh = new WorkspaceInventory(scope.get(), workspace);
                if (ws != null && ws.fromCache) {
                    // Keep the cached lists on screen until the service answers for them.
                    KindSpec.ALL.forEach(spec -> copyList(ws, fresh, spec));
                    fresh.fromCache = true;
                }
                workspaces.put(scope.get().workspaceId(), fresh);
            } else {
                ws.workspace = workspace;
            }
        }
        List<WorkspaceScope> gone = region.workspaces.stream().filter(s -> !seen.contains(s.workspaceId())).toList();
        gone.forEach(scope -> Optional.ofNullable(workspaces.remove(scope.workspaceId())).ifPresent(WorkspaceInventory::cancel));
        region.workspaces = List.copyOf(scopes);
        // Views hear of the workspaces first, so the one the user opens is focused before the loads queue up.
        listeners.forEach(l -> l.workspacesChanged(endpoint, region.workspaces));
        for (WorkspaceScope scope : scopes) {
            WorkspaceInventory ws = workspaces.get(scope.workspaceId());
            if (ws != null && !ws.isLoading() && (ws.fromCache || !ws.isLoaded(ResourceKind.INSTANCES))) {
                startLoad(ws, scope.equals(focus));
            }
        }
        publishStatus();
    }

    private <T> void copyList(WorkspaceInventory from, WorkspaceInventory to, KindSpec<T> spec) {
        if (from.isLoaded(spec.kind())) {
            to.setList(spec, from.list(spec), from.loadedAt(spec.kind()));
        }
    }

    /** Loads the workspace's lists, one call per kind, concurrently within the store's bound. */
    private void startLoad(WorkspaceInventory ws, boolean first) {
        startLoad(ws, first, kindsFor(ws));
    }

    private void startLoad(WorkspaceInventory ws, boolean first, List<KindSpec<?>> kinds) {
        if (ws.isLoading()) {
            return;
        }
        ws.missingAfterLoad = false;
        ws.relistAfterLoad.removeAll(kinds.stream().map(KindSpec::kind).toList());
        ws.queued = true;
        ws.nextDue = null;
        LoadThrottle.Load load = release -> {
            ws.queued = false;
            ws.pending = kinds.size();
            boolean[] failed = {false};
            Runnable settle = () -> {
                release.run();
                ws.pending--;
                if (ws.pending == 0) {
                    finished(ws, failed[0]);
                }
            };
            kinds.forEach(spec -> loadKind(ws, spec, settle, release, failed, first));
            publishStatus();
        };
        // A workspace on screen jumps the queue; each of its calls counts as one slot.
        if (first) {
            throttle.submitFirst(load, kinds.size());
        } else {
            throttle.submit(load, kinds.size());
        }
        publishStatus();
    }

    private <T> void loadKind(WorkspaceInventory ws, KindSpec<T> spec, Runnable settle, Runnable release,
                              boolean[] failed, boolean recorded) {
        Map<String, T> base = ws.list(spec);
        WorkspaceScope scope = ws.scope;
        BackgroundTask<ListMerge<T>> task = BackgroundTask.of(spec.kind().action(), scope.workspaceName(),
                cancellable(token -> ListMerge.of(base, spec.lister().list(client, scope.context(), clock.instant(), token),
                        spec.id())));
        // The workspace on screen is recorded in Activity; the rest of the fleet loads quietly (failures still show).
        TaskHandle handle = executor.submit((recorded ? task : task.quiet())
                .onSuccess(merge -> accept(ws, spec, merge, settle, release))
                .onFailure(problem -> {
                    if (workspaces.get(scope.workspaceId()) != ws) {
                        release.run();
                        return;
                    }
                    failed[0] = true;
                    ws.problem = problem;
                    listeners.forEach(l -> l.workspaceFailed(scope, problem));
                    settle.run();
                })
                .onCancelled(release));
        ws.inFlight.add(handle);
    }

    /** Takes a list answer merged on the worker into the store, if it still applies. UI thread. */
    private <T> void accept(WorkspaceInventory ws, KindSpec<T> spec, ListMerge<T> merge, Runnable settle,
                            Runnable release) {
        WorkspaceScope scope = ws.scope;
        if (workspaces.get(scope.workspaceId()) != ws) {
            release.run(); // the workspace went away or was replaced meanwhile
            return;
        }
        if (!needed(ws, spec.kind())) {
            settle.run(); // the view that needed it went away meanwhile
            return;
        }
        Map<String, T> now = ws.list(spec);
        if (merge.base() != now) {
            // The store moved on while the answer was out (an action's answer, a row's details):
            // merge again against what it holds, on a worker too, not 10,000 comparisons here.
            ws.inFlight.add(executor.submit(BackgroundTask.of(spec.kind().action(), scope.workspaceName(),
                            context -> merge.rebase(now, spec.id())).quiet()
                    .onSuccess(again -> accept(ws, spec, again, settle, release))
                    .onFailure(problem -> accept(ws, spec, merge.rebase(ws.list(spec), spec.id()), settle, release))
                    .onCancelled(release)));
            return;
        }
        ws.setList(spec, unchangedOrMerged(ws, spec, merge), clock.instant());
        lastSuccess = clock.instant();
        if (!merge.delta().isEmpty()) {
            announce(ws, spec, merge.delta());
        }
        settle.run();
    }

    private void finished(WorkspaceInventory ws, boolean failed) {
        ws.inFlight.clear();
        if (failed) {
            ws.failures++;
            ws.nextDue = afterFailure(ws);
            ws.waitingUntil = ws.problem.isRateLimited() || ws.problem.isNoConnection() ? ws.nextDue : null;
        } else {
            ws.failures = 0;
            ws.problem = null;
            ws.waitingUntil = null;
            ws.fromCache = false;
            ws.forgetHeld();
            scheduleAfterSuccess(ws);
            Instant at = clock.instant();
            listeners.forEach(l -> l.workspaceLoaded(ws.scope, at));
        }
        if (workspaces.values().stream().noneMatch(other -> other.fromCache)) {
            fromCache = false;
        }
        List<KindSpec<?>> again = kindsFor(ws).stream().filter(spec -> ws.relistAfterLoad.contains(spec.kind())
                || ws.missingAfterLoad && !ws.isLoaded(spec.kind())).toList();
        ws.relistAfterLoad.clear();
        ws.missingAfterLoad = false;
        if (!failed && !again.isEmpty()) {
            // A page opened, or a change altered a kind, while this load was out.
            startLoad(ws, true, again);
        }
        reschedule();
        publishStatus();
    }

    /** When a workspace whose last load failed is due again: backing off by its failures. */
    private Instant afterFailure(WorkspaceInventory ws) {
        return clock.instant().plus(policy.afterFailure(ws.problem, ws.failures, ws.inTransition(), background));
    }

    private void scheduleAfterSuccess(WorkspaceInventory ws) {
        if (ws.isLoading() || ws.failures > 0) {
            return;
        }
        ws.nextDue = policy.afterSuccess(ws.inTransition(), background)
                .map(wait -> Optional.ofNullable(ws.loadedAt(ResourceKind.INSTANCES)).orElse(clock.instant()).plus(wait))
                .orElse(null);
    }

    /** Arms one timer for the earliest due workspace. */
    private void reschedule() {
        Instant earliest = workspaces.values().stream()
                .filter(ws -> !ws.isLoading() && ws.nextDue != null)
                .map(ws -> ws.nextDue).min(Instant::compareTo).orElse(null);
        if (earliest == null) {
            tick.cancel();
            tickAt = null;
            return;
        }
        if (tickAt != null && !tick.isDone() && !tickAt.isAfter(earliest)) {
            return;
        }
        tick.cancel();
        tickAt = earliest;
        Duration delay = Duration.between(clock.instant(), earliest);
        tick = executor.schedule(delay.isNegative() ? Duration.ZERO : delay, this::onTick);
    }

    private void onTick() {
        tickAt = null;
        Instant now = clock.instant();
        List<WorkspaceInventory> due = workspaces.values().stream()
                .filter(ws -> !ws.isLoading() && ws.nextDue != null && !ws.nextDue.isAfter(now)).toList();
        due.forEach(ws -> startLoad(ws, false));
        reschedule();
    }

    private void publishStatus() {
        int transitions = (int) workspaces.values().stream().filter(WorkspaceInventory::inTransition).count();
        int loading = throttle.running() + throttle.waiting();
        // Only a wait still ahead: once it has passed the retry is under way (a time already past
        // stayed on the status bar while the retry was out, and while other workspaces refreshed).
        Instant now = clock.instant();
        Instant nextAttempt = workspaces.values().stream().map(ws -> ws.waitingUntil)
                .filter(t -> t != null && t.isAfter(now)).min(Instant::compareTo).orElse(null);
        boolean rateLimited = workspaces.values().stream()
                .anyMatch(ws -> ws.waitingUntil != null && ws.problem != null && ws.problem.isRateLimited());
        boolean offline = workspaces.values().stream()
                .anyMatch(ws -> ws.waitingUntil != null && ws.problem != null && ws.problem.isNoConnection());
        InventoryStatus.Mode mode;
        Instant asOf = lastSuccess;
        if (offline) {
            mode = InventoryStatus.Mode.OFFLINE;
        } else if (rateLimited) {
            mode = InventoryStatus.Mode.RATE_LIMITED;
        } else if (fromCache) {
            mode = InventoryStatus.Mode.CACHED;
            asOf = cachedAt;
        } else if (loading > 0 && lastSuccess == null) {
            mode = InventoryStatus.Mode.LOADING;
        } else if (transitions > 0) {
            mode = InventoryStatus.Mode.FOLLOWING;
        } else if (background) {
            mode = InventoryStatus.Mode.BACKGROUND;
        } else if (lastSuccess == null) {
            mode = loading > 0 ? InventoryStatus.Mode.LOADING : InventoryStatus.Mode.STARTING;
        } else {
            mode = InventoryStatus.Mode.LIVE;
        }
        InventoryStatus next = new InventoryStatus(mode, loading, transitions, asOf, nextAttempt);
        if (!next.equals(status)) {
            status = next;
            listeners.forEach(l -> l.statusChanged(next));
        }
    }
}
