package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.support.Fixtures.instanceRef;
import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inventory store on a scripted client and the same-thread executor: merging, identity, refresh timing, backoff. */
class InventoryStoreTest {

    private static final RegionEndpoint DALLAS = RegionEndpoint.publicEndpoint("us-south");
    private static final RegionEndpoint FRANKFURT = RegionEndpoint.publicEndpoint("eu-de");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-30T14:00:00Z"));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ScriptedClient client = new ScriptedClient();
    private final List<String> heard = new ArrayList<>();
    private InventoryService store;

    /** Workspaces per region, instances per workspace id; counts every list call; can fail on demand. */
    private static final class ScriptedClient extends EmptyListsClient {
        final Map<String, List<Workspace>> workspaces = new ConcurrentHashMap<>();
        final Map<String, List<PvmInstanceReference>> instances = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        volatile RuntimeException failInstances;
        volatile String failRegion;
        volatile RuntimeException failRegionWith;

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            count("workspaces");
            if (endpoint.region().equals(failRegion)) {
                throw failRegionWith != null ? failRegionWith : Fixtures.httpError(500, "region down");
            }
            return workspaces.getOrDefault(endpoint.region(), List.of());
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            count("instances");
            if (failInstances != null) {
                throw failInstances;
            }
            return instances.getOrDefault(ctx.cloudInstanceId(), List.of());
        }

        @Override
        public List<com.pvsconsole.api.model.VolumeReference> listVolumes(WorkspaceContext ctx, CancellationToken c) {
            count("volumes");
            return super.listVolumes(ctx, c);
        }

        @Override
        public List<com.pvsconsole.api.model.NetworkReference> listNetworks(WorkspaceContext ctx, CancellationToken c) {
            count("networks");
            return super.listNetworks(ctx, c);
        }

        void count(String kind) {
            calls.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }

        int calls(String kind) {
            return calls.getOrDefault(kind, new AtomicInteger()).get();
        }
    }

    @BeforeEach
    void setUp() {
        client.workspaces.put("us-south", List.of(workspace("ws-prod", "prod")));
        client.workspaces.put("eu-de", List.of(workspace("ws-sap", "prod")));
        client.instances.put("ws-prod", List.of(instanceRef("a", "aix-db", "ACTIVE"), instanceRef("b", "rhel", "ACTIVE")));
        client.instances.put("ws-sap", List.of(instanceRef("s", "sap-hana", "SHUTOFF")));
        store = new InventoryService("acct-1", client, RegionCatalog.loadDefault(), executor, clock,
                RefreshPolicy.defaults(Duration.ofSeconds(30)), 4);
        store.addListener(new InventoryListener() {
            @Override
            public void instancesChanged(WorkspaceScope scope, Delta<PvmInstanceReference> delta) {
                heard.add(scope.region() + ":" + delta.added().size() + "+" + delta.changed().size() + "~"
                        + delta.removed().size() + "-");
            }
        });
    }

    private WorkspaceScope scope(RegionEndpoint endpoint) {
        return store.workspaces(endpoint).get(0);
    }

    @Test
    void should_give_every_workspace_its_own_identity_even_with_the_same_name() {
        // when two regions are discovered that each have a workspace called "prod"
        store.discoverRegion(DALLAS);
        store.discoverRegion(FRANKFURT);

        // then each scope names its account, region, endpoint type, id and CRN
        WorkspaceScope dallas = scope(DALLAS);
        WorkspaceScope frankfurt = scope(FRANKFURT);
        assertThat(dallas.workspaceName()).isEqualTo(frankfurt.workspaceName());
        assertThat(dallas).isNotEqualTo(frankfurt);
        assertThat(dallas.accountId()).isEqualTo("acct-1");
        assertThat(dallas.endpointType()).isEqualTo(EndpointType.PUBLIC);
        assertThat(dallas.crn().cloudInstanceId()).isEqualTo("ws-prod");
        assertThat(dallas.label()).isEqualTo("prod (us-south)");
        // and each keeps its own instances
        assertThat(store.instances(dallas)).extracting(PvmInstanceReference::serverName).containsExactly("aix-db", "rhel");
        assertThat(store.instances(frankfurt)).extracting(PvmInstanceReference::serverName).containsExactly("sap-hana");
    }

    @Test
    void should_announce_only_what_changed_when_a_refresh_is_merged_by_id() {
        store.discoverRegion(DALLAS);
        heard.clear();

        // when one instance changes state, one appears and one goes
        client.instances.put("ws-prod", List.of(instanceRef("a", "aix-db", "SHUTOFF"), instanceRef("c", "new", "BUILD")));
        store.refresh(scope(DALLAS));

        // then one delta says exactly that
        assertThat(heard).containsExactly("us-south:1+1~1-");
        assertThat(store.instances(scope(DALLAS))).extracting(PvmInstanceReference::pvmInstanceID).containsExactly("a", "c");

        // and a refresh that changes nothing announces nothing
        heard.clear();
        store.refresh(scope(DALLAS));
        assertThat(heard).isEmpty();
    }

    @Test
    void should_make_one_list_call_per_kind_on_a_refresh() {
        store.discoverRegion(DALLAS);
        int instances = client.calls("instances");
        int volumes = client.calls("volumes");
        int networks = client.calls("networks");

        store.refresh(scope(DALLAS));

        assertThat(client.calls("instances") - instances).isEqualTo(1);
        assertThat(client.calls("volumes") - volumes).isEqualTo(1);
        assertThat(client.calls("networks") - networks).isEqualTo(1);
    }

    @Test
    void should_keep_the_other_regions_when_one_region_fails() {
        client.failRegion = "eu-de";
        List<String> failed = new ArrayList<>();
        store.addListener(new InventoryListener() {
            @Override
            public void regionFailed(RegionEndpoint endpoint, Problem problem) {
                failed.add(endpoint.region() + " " + problem.statusLabel());
            }
        });

        store.discover(EndpointType.PUBLIC);

        assertThat(failed).containsExactly("eu-de HTTP 500");
        assertThat(store.regionProblem(FRANKFURT)).isPresent();
        assertThat(store.workspaces(DALLAS)).hasSize(1);
        assertThat(store.instances(scope(DALLAS))).hasSize(2);
        // and every region of the catalog was asked
        assertThat(client.calls("workspaces")).isEqualTo(RegionCatalog.loadDefault().regions().size());
    }

    @Test
    void should_ask_a_region_that_did_not_answer_again_and_load_its_workspaces() {
        // given Frankfurt's workspace list fails at start (a 500: the service may answer next time)
        client.failRegion = "eu-de";
        store.discoverRegion(FRANKFURT);
        assertThat(store.workspaces(FRANKFURT)).isEmpty();
        assertThat(executor.pendingScheduled()).as("a retry is due").isEqualTo(1);

        // when the region answers again and the retry is due
        client.failRegion = null;
        clock.advance(Duration.ofSeconds(30));
        executor.runScheduled();

        // then its workspace is found and loaded, with no refresh by hand
        assertThat(store.workspaces(FRANKFURT)).hasSize(1);
        assertThat(store.instances(scope(FRANKFURT))).extracting(PvmInstanceReference::serverName)
                .containsExactly("sap-hana");
    }

    @Test
    void should_not_ask_again_when_another_try_cannot_help() {
        // given a region that refuses the key (401: the user must change it)
        // (classified as the client does: Fixtures.httpError files every status but 409 as a server error)
        client.failRegionWith = PowerVsException.builder(com.pvsconsole.api.http.HttpFailures.category(401),
                new ApiOperation("GET", "/v1/workspaces"), "status.401").status(401).build();
        client.failRegion = "eu-de";

        // when it is discovered
        store.discoverRegion(FRANKFURT);

        // then no retry is scheduled
        assertThat(store.workspaces(FRANKFURT)).isEmpty();
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_poll_a_workspace_in_transition_every_few_seconds_and_a_settled_one_at_the_interval() {
        client.instances.put("ws-sap", List.of(instanceRef("s", "sap-hana", "BUILD")));
        store.discoverRegion(DALLAS);
        store.discoverRegion(FRANKFURT);
        int before = client.calls("instances");

        // when 5 s pass, only the building workspace is due
        clock.advance(Duration.ofSeconds(5));
        executor.runScheduled();
        assertThat(client.calls("instances") - before).isEqualTo(1);
        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.FOLLOWING);

        // and at 30 s the settled one is refreshed too
        clock.advance(Duration.ofSeconds(25));
        executor.runScheduled();
        assertThat(client.calls("instances") - before).isEqualTo(3);
    }

    @Test
    void should_refresh_settled_workspaces_every_five_minutes_in_the_background() {
        store.discoverRegion(DALLAS);
        store.setBackground(true);
        int before = client.calls("instances");

        clock.advance(Duration.ofSeconds(31));
        executor.runScheduled();
        assertThat(client.calls("instances")).isEqualTo(before);
        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.BACKGROUND);

        clock.advance(Duration.ofMinutes(5));
        executor.runScheduled();
        assertThat(client.calls("instances")).isEqualTo(before + 1);
    }

    @Test
    void should_never_give_a_next_attempt_that_has_already_passed() {
        // given Dallas rate limited with Retry-After 120 s
        store.discoverRegion(DALLAS);
        store.discoverRegion(FRANKFURT);
        client.failInstances = Fixtures.httpError(429, "slow down").withRetryAfter(Duration.ofSeconds(120));
        store.refresh(scope(DALLAS));
        assertThat(store.status().nextAttempt()).isEqualTo(clock.instant().plusSeconds(120));

        // when that time has passed and the status is told again before Dallas is retried (here:
        // Frankfurt is refreshed and limited too)
        clock.advance(Duration.ofSeconds(125));
        store.refresh(scope(FRANKFURT));

        // then the next attempt it gives is still ahead, not the Dallas time behind it
        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.RATE_LIMITED);
        assertThat(store.status().nextAttempt()).isAfter(clock.instant());
    }

    @Test
    void should_back_off_on_429_no_sooner_than_retry_after() {
        store.discoverRegion(DALLAS);
        client.failInstances = Fixtures.httpError(429, "slow down").withRetryAfter(Duration.ofSeconds(120));

        store.refresh(scope(DALLAS));

        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.RATE_LIMITED);
        assertThat(store.status().nextAttempt()).isEqualTo(clock.instant().plusSeconds(120));
        int before = client.calls("instances");
        clock.advance(Duration.ofSeconds(119));
        executor.runScheduled();
        assertThat(client.calls("instances")).as("not before Retry-After").isEqualTo(before);

        // and once the service answers again the status is live
        client.failInstances = null;
        clock.advance(Duration.ofSeconds(1));
        executor.runScheduled();
        assertThat(client.calls("instances")).isEqualTo(before + 1);
        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.LIVE);
    }

    @Test
    void should_pause_polling_while_the_network_is_down_and_say_so() {
        store.discoverRegion(DALLAS);
        client.failInstances = PowerVsException.builder(ErrorCategory.NETWORK,
                new ApiOperation("GET", "/pcloud/v1/cloud-instances/{id}/pvm-instances"), "network.unreachable").build();

        store.refresh(scope(DALLAS));
        clock.advance(Duration.ofSeconds(5));
        executor.runScheduled();
        clock.advance(Duration.ofSeconds(10));
        executor.runScheduled();

        assertThat(store.status().mode()).isEqualTo(InventoryStatus.Mode.OFFLINE);
        // 5 s, then 10 s, then 20 s: the third retry is not due yet
        int before = client.calls("instances");
        clock.advance(Duration.ofSeconds(19));
        executor.runScheduled();
        assertThat(client.calls("instances")).isEqualTo(before);
    }

    @Test
    void should_show_a_restored_inventory_as_cached_until_the_service_answers() {
        // given a saved inventory of Dallas
        store.discoverRegion(DALLAS);
        List<RestoredWorkspace> saved = store.snapshot();
        InventoryService next = new InventoryService("acct-1", client, RegionCatalog.loadDefault(), executor, clock,
                RefreshPolicy.defaults(Duration.ofSeconds(30)), 4);
        Instant savedAt = clock.instant();

        // when a new store starts from it
        next.restore(savedAt, saved);

        // then its rows are there at once, marked cached
        WorkspaceScope restored = next.workspaces(DALLAS).get(0);
        assertThat(next.instances(restored)).hasSize(2);
        assertThat(next.isFromCache(restored)).isTrue();
        assertThat(next.status().mode()).isEqualTo(InventoryStatus.Mode.CACHED);

        // and once the region answers, the data is live
        next.discoverRegion(DALLAS);
        assertThat(next.isFromCache(next.workspaces(DALLAS).get(0))).isFalse();
        assertThat(next.status().mode()).isEqualTo(InventoryStatus.Mode.LIVE);
    }

    @Test
    void should_ignore_a_saved_workspace_of_another_account() {
        store.discoverRegion(DALLAS);
        InventoryService other = new InventoryService("acct-2", client, RegionCatalog.loadDefault(), executor, clock,
                RefreshPolicy.defaults(Duration.ofSeconds(30)), 4);

        other.restore(clock.instant(), store.snapshot());

        assertThat(other.workspaces()).isEmpty();
    }

    @Test
    void should_forget_a_cached_answer_after_its_time_to_live() {
        TtlCache<String, String> cache = new TtlCache<>(clock, Duration.ofSeconds(30), 2);
        cache.put("a", "1");

        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.get("a")).contains("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("a")).isEmpty();

        cache.put("x", "1");
        cache.put("y", "2");
        cache.put("z", "3");
        assertThat(cache.get("x")).as("the oldest goes beyond the bound").isEmpty();
    }

    @Test
    void should_rebase_a_merge_when_the_store_moved_on_meanwhile() {
        Map<String, String> base = Map.of("a", "1");
        ListMerge<String> merge = ListMerge.of(base, List.of("2"), value -> value.equals("2") ? "a" : value);
        assertThat(merge.delta().changed()).containsExactly("2");

        ListMerge<String> rebased = merge.rebase(Map.of("a", "2"), value -> "a");

        assertThat(rebased.delta().isEmpty()).isTrue();
    }

    @Test
    void should_keep_the_record_it_holds_when_an_answer_repeats_it() {
        // given the store holds a record, and a fresh answer brings an equal copy and a changed one
        String held = new String("web-1|ACTIVE");
        String equalCopy = new String("web-1|ACTIVE");
        Map<String, String> base = Map.of("web-1", held, "web-2", "web-2|ACTIVE");

        // when the answer is merged
        ListMerge<String> merge = ListMerge.of(base, List.of(equalCopy, "web-2|SHUTOFF"),
                value -> value.substring(0, value.indexOf('|')));

        // then the unchanged row keeps the very object the views show (no second copy stays alive)
        assertThat(merge.merged().get("web-1")).isSameAs(held);
        assertThat(merge.merged().get("web-2")).isEqualTo("web-2|SHUTOFF");
        assertThat(merge.delta().changed()).containsExactly("web-2|SHUTOFF");
    }
}
