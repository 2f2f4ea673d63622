package com.pvsconsole.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.PlacementGroupCreate;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.service.resources.NetworkService;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.testsupport.Eventually;
import com.pvsconsole.testsupport.SimControl;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.networks.NetworksViewModel;
import com.pvsconsole.ui.pools.PoolsViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the store costs on the wire, counted at the simulator over real HTTP. */
class InventoryCallCountTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);
    private final SimControl control = new SimControl(ws.sim().baseUrl());
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void tearDown() throws InterruptedException {
        control.clearFaults();
        uiThread.shutdownNow();
        uiThread.awaitTermination(5, TimeUnit.SECONDS);
        ws.close();
    }

    /** The real client, wrapped to see how many workspace listings are in flight at once. */
    private static PowerVsClient concurrencyProbe(PowerVsClient real, AtomicInteger now, AtomicInteger max) {
        return (PowerVsClient) Proxy.newProxyInstance(PowerVsClient.class.getClassLoader(),
                new Class<?>[] {PowerVsClient.class}, (self, method, args) -> {
                    boolean listing = method.getName().equals("listWorkspaces");
                    if (listing) {
                        max.accumulateAndGet(now.incrementAndGet(), Math::max);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (listing) {
                            now.decrementAndGet();
                        }
                    }
                });
    }

    @Test
    void should_discover_every_region_concurrently_within_the_bound() throws Exception {
        // given 300 ms per call, and a store allowed 4 calls at once on real worker threads
        control.addFault("{\"type\":\"latency\",\"latencyMs\":300}");
        AtomicInteger now = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        PooledTaskExecutor executor = new PooledTaskExecutor(8, uiThread, new ActivityLog(Clock.systemUTC(), 50));
        InventoryService store = new InventoryService("test", concurrencyProbe(ws.client(), now, max),
                RegionCatalog.loadDefault(), executor, Clock.systemUTC(), RefreshPolicy.defaults(Duration.ZERO), 4);
        control.resetRequests();

        // when every region is discovered
        uiThread.submit(() -> store.discover(EndpointType.PUBLIC)).get();
        int regions = RegionCatalog.loadDefault().regions().size();
        Eventually.until("every region listed", Duration.ofSeconds(30), () -> onUi(() -> RegionCatalog.loadDefault()
                .regions().stream().allMatch(r -> store.isRegionLoaded(RegionEndpoint.publicEndpoint(r.id())))));

        // then each region was listed once, several at a time but never more than the bound
        assertThat(control.requests("GET", "/v1/workspaces")).isEqualTo(regions);
        assertThat(max.get()).isBetween(2, 4);
        uiThread.submit(store::close).get();
        executor.shutdown();
    }

    private <T> T onUi(java.util.concurrent.Callable<T> read) {
        try {
            return uiThread.submit(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_refresh_a_workspace_with_exactly_one_list_call_per_kind() {
        // given the first workspace open
        ws.open();
        WorkspaceScope scope = ws.scope().get();
        control.resetRequests();

        // when it is refreshed
        ws.inventory().refresh(scope);

        // then the simulator saw one list call per kind and nothing else
        String base = "/pcloud/v1/cloud-instances/" + scope.crn().cloudInstanceId();
        assertThat(control.requests("GET", base + "/pvm-instances")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/volumes")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/networks")).isEqualTo(1);
        assertThat(control.totalRequests()).isEqualTo(3);
    }

    @Test
    void should_make_no_detail_call_until_a_network_is_selected() {
        // given the Networks page open on a loaded workspace with networks
        ws.open();
        WorkspaceScope scope = ws.scope().get();
        assertThat(ws.inventory().networks(scope)).isNotEmpty();
        control.resetRequests();
        NetworksViewModel networks = new NetworksViewModel(ws.inventory(), new SimpleObjectProperty<>(scope),
                new NetworkService(ws.client(), ws.executor(), Clock.systemUTC()), new ScriptedDialogs(),
                new Messages(Locale.ROOT));

        // then showing the list made no call at all
        assertThat(networks.rows()).hasSize(ws.inventory().networks(scope).size());
        assertThat(control.totalRequests()).isZero();

        // when one network is selected, its details are read once; selecting it again uses the cache
        networks.select(networks.rows().get(0));
        networks.select(null);
        networks.select(networks.rows().get(0));
        String detail = "/pcloud/v1/cloud-instances/" + scope.crn().cloudInstanceId() + "/networks/"
                + networks.rows().get(0).id();
        assertThat(ws.sim().requests().count("GET", detail)).isEqualTo(1);
        assertThat(networks.rows().get(0).cidrProperty().get()).isNotEmpty();
    }

    @Test
    void should_be_quiet_on_the_wire_after_loading_until_the_refresh_is_due() {
        // given a store with a 30 s interval that has loaded the first region's workspaces
        InventoryService store = new InventoryService("test", ws.client(), RegionCatalog.loadDefault(), ws.executor(),
                Clock.systemUTC(), RefreshPolicy.defaults(Duration.ofSeconds(30)), 4);
        RegionEndpoint first = RegionEndpoint.publicEndpoint(ws.sim().regions().get(0));
        store.discoverRegion(first);
        assertThat(store.workspaces(first)).isNotEmpty();
        control.resetRequests();

        // when the armed timers fire before anything is due
        ws.executor().runScheduled();
        ws.executor().runScheduled();

        // then nothing was called
        assertThat(control.totalRequests()).isZero();
    }

    @Test
    void should_list_on_demand_kinds_once_per_refresh_only_while_a_view_shows_them() {
        // given the first workspace open, with the Images and Events pages shown on it
        ws.open();
        WorkspaceScope scope = ws.scope().get();
        InventoryService.Need images = ws.inventory().need(scope, ResourceKind.IMAGES);
        InventoryService.Need events = ws.inventory().need(scope, ResourceKind.EVENTS);
        String base = "/pcloud/v1/cloud-instances/" + scope.crn().cloudInstanceId();
        control.resetRequests();

        // when it is refreshed
        ws.inventory().refresh(scope);

        // then each kept kind and each shown kind was listed once, and keys and jobs (no view) not at all
        assertThat(control.requests("GET", base + "/pvm-instances")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/volumes")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/networks")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/images")).isEqualTo(1);
        assertThat(control.requests("GET", base + "/events")).isEqualTo(1);
        assertThat(control.requests("GET", "/sshkeys")).isZero();
        assertThat(control.requests("GET", base + "/jobs")).isZero();
        assertThat(control.totalRequests()).isEqualTo(5);

        // when the pages are closed, a refresh is back to the three kept kinds
        images.release();
        events.release();
        control.resetRequests();
        ws.inventory().refresh(scope);
        assertThat(control.totalRequests()).isEqualTo(3);
    }

    @Test
    void should_list_pools_and_placement_groups_once_per_refresh_only_while_the_pools_page_shows_them() {
        // given the first workspace open, with two pools and a placement group made behind the console's back
        ws.open();
        WorkspaceScope scope = ws.scope().get();
        for (String name : java.util.List.of("pool_a", "pool_b")) {
            ws.direct().createSharedProcessorPool(ws.context(), SharedProcessorPoolCreate.builder().name(name)
                    .hostGroup("s922").reservedCores(1L).build(), CancellationToken.none());
        }
        ws.direct().createPlacementGroup(ws.context(), PlacementGroupCreate.builder().name("spread")
                .policy("anti-affinity").build(), CancellationToken.none());
        String base = "/pcloud/v1/cloud-instances/" + scope.crn().cloudInstanceId();
        control.resetRequests();

        // when the Pools page opens on it
        PoolsViewModel page = new PoolsViewModel(ws.inventory(), new SimpleObjectProperty<>(scope),
                new PoolService(ws.client(), ws.executor(), ws.inventory()), new ScriptedDialogs(),
                new Messages(Locale.ROOT));

        // then each of its kinds was listed once, its system types once, and no pool was read on its own
        assertThat(page.pools()).extracting(row -> row.name()).containsExactlyInAnyOrder("pool_a", "pool_b");
        assertThat(page.groups()).hasSize(1);
        assertThat(lists(base)).containsExactly(1L, 1L, 1L);
        assertThat(control.requests("GET", base + "/system-pools")).isEqualTo(1);
        assertThat(control.requestsMatching("GET", ".*/shared-processor-pools/.+")).isZero();
        assertThat(control.totalRequests()).isEqualTo(4);

        // when the workspace is refreshed while the page shows it
        control.resetRequests();
        ws.inventory().refresh(scope);

        // then the three kept kinds and the page's three kinds were listed once each, nothing else
        assertThat(lists(base)).containsExactly(1L, 1L, 1L);
        assertThat(control.requests("GET", base + "/pvm-instances")).isEqualTo(1);
        assertThat(control.totalRequests()).isEqualTo(6);

        // when the page is taken off screen, a refresh is back to the three kept kinds
        page.setShown(false);
        control.resetRequests();
        ws.inventory().refresh(scope);
        assertThat(lists(base)).containsExactly(0L, 0L, 0L);
        assertThat(control.totalRequests()).isEqualTo(3);
    }

    @Test
    void should_relist_a_kind_a_change_altered_with_one_call_while_needed_and_drop_it_without_a_call_when_held() {
        // given the first workspace open, with its pools needed by a page
        ws.open();
        WorkspaceScope scope = ws.scope().get();
        InventoryService.Need pools = ws.inventory().need(scope, ResourceKind.SHARED_PROCESSOR_POOLS);
        String base = "/pcloud/v1/cloud-instances/" + scope.crn().cloudInstanceId();
        control.resetRequests();

        // when an accepted change altered them (an instance created into a pool)
        ws.inventory().relist(scope, ResourceKind.SHARED_PROCESSOR_POOLS);

        // then the pools, and nothing else, were listed once
        assertThat(lists(base)).containsExactly(1L, 0L, 0L);
        assertThat(control.totalRequests()).isEqualTo(1);

        // when the page has gone (the store holds its copy) and another change alters them
        pools.release();
        assertThat(ws.inventory().isLoaded(scope, ResourceKind.SHARED_PROCESSOR_POOLS)).as("held").isTrue();
        ws.inventory().relist(scope, ResourceKind.SHARED_PROCESSOR_POOLS);

        // then the stale copy is dropped without a call, and a page opening lists them anew
        assertThat(control.totalRequests()).isEqualTo(1);
        assertThat(ws.inventory().isLoaded(scope, ResourceKind.SHARED_PROCESSOR_POOLS)).isFalse();
        ws.inventory().need(scope, ResourceKind.SHARED_PROCESSOR_POOLS);
        assertThat(lists(base)).containsExactly(2L, 0L, 0L);
    }

    /** List calls of pools, server placement groups and SPP placement groups (exact paths: one contains the other). */
    private java.util.List<Long> lists(String base) {
        return java.util.List.of(control.requestsMatching("GET", base + "/shared-processor-pools"),
                control.requestsMatching("GET", base + "/placement-groups"),
                control.requestsMatching("GET", base + "/spp-placement-groups"));
    }
}
