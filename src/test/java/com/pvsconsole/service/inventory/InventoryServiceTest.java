package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.support.Fixtures.instanceRef;
import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.task.TaskObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InventoryServiceTest {

    private final Workspace prod = workspace("ws-prod", "prod");
    private final Workspace test = workspace("ws-test", "test");
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private final InventoryListener recorder = new InventoryListener() {
        @Override
        public void workspacesLoaded(RegionEndpoint endpoint, List<Workspace> workspaces) {
            seen.add("workspaces " + endpoint.region() + " " + workspaces.size());
        }

        @Override
        public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
            seen.add("instances " + workspace.name() + " " + instances.size());
        }

        @Override
        public void loadFailed(Problem problem) {
            seen.add("failed " + problem.status());
        }
    };

    /** Answers per workspace; counts instance list calls. */
    private class ListingClient extends EmptyListsClient {
        final AtomicInteger instanceCalls = new AtomicInteger();

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return List.of(prod, test);
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            instanceCalls.incrementAndGet();
            return ctx.cloudInstanceId().equals("ws-prod")
                    ? List.of(instanceRef("1", "a", "ACTIVE"), instanceRef("2", "b", "SHUTOFF"))
                    : List.of(instanceRef("3", "c", "ACTIVE"));
        }
    }

    @Test
    void should_list_region_workspaces_then_the_selected_workspace_instances() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        InventoryService service = new InventoryService(new ListingClient(), RegionCatalog.loadDefault(), executor,
                Clock.systemUTC());
        service.addListener(recorder);

        service.selectRegion(RegionEndpoint.publicEndpoint("us-south"));
        service.selectWorkspace(test);

        assertThat(seen).containsExactly("workspaces us-south 2", "instances test 1");
        assertThat(service.currentContext()).get().extracting(WorkspaceContext::cloudInstanceId).isEqualTo("ws-test");
    }

    @Test
    void should_reload_quietly_at_the_auto_refresh_interval() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ListingClient client = new ListingClient();
        InventoryService service = new InventoryService(client, RegionCatalog.loadDefault(), executor, Clock.systemUTC());
        service.addListener(recorder);
        service.selectRegion(RegionEndpoint.publicEndpoint("us-south"));
        service.selectWorkspace(prod);
        service.setAutoRefresh(Duration.ofSeconds(30));

        executor.runScheduled();

        assertThat(client.instanceCalls).hasValue(2);
        assertThat(seen).containsSubsequence("instances prod 2", "instances prod 2");
        assertThat(executor.pendingScheduled()).isEqualTo(1);
    }

    @Test
    void should_report_a_failed_list_and_recover_on_the_next_refresh() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        AtomicInteger calls = new AtomicInteger();
        ListingClient client = new ListingClient() {
            @Override
            public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
                if (calls.incrementAndGet() == 1) {
                    throw Fixtures.httpError(500, "database unavailable");
                }
                return super.listInstances(ctx, cancel);
            }
        };
        InventoryService service = new InventoryService(client, RegionCatalog.loadDefault(), executor, Clock.systemUTC());
        service.addListener(recorder);
        service.selectRegion(RegionEndpoint.publicEndpoint("us-south"));

        service.selectWorkspace(prod);
        service.refresh();

        assertThat(seen).containsExactly("workspaces us-south 2", "failed 500", "instances prod 2");
    }

    @Test
    void should_cancel_the_old_workspace_call_down_to_its_token_when_switching() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        PooledTaskExecutor executor = new PooledTaskExecutor(4, ui, TaskObserver.NONE);
        CountDownLatch slowCallStarted = new CountDownLatch(1);
        CountDownLatch tokenCancelled = new CountDownLatch(1);
        CountDownLatch newWorkspaceShown = new CountDownLatch(1);
        ListingClient client = new ListingClient() {
            @Override
            public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
                if (ctx.cloudInstanceId().equals("ws-prod")) {
                    cancel.onCancel(tokenCancelled::countDown);
                    slowCallStarted.countDown();
                    try {
                        tokenCancelled.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.listInstances(ctx, cancel);
            }
        };
        InventoryService service = new InventoryService(client, RegionCatalog.loadDefault(), executor, Clock.systemUTC());
        service.addListener(recorder);
        service.addListener(new InventoryListener() {
            @Override
            public void instancesLoaded(Workspace workspace, List<PvmInstanceReference> instances, Instant at) {
                newWorkspaceShown.countDown();
            }
        });
        try {
            ui.submit(() -> service.selectRegion(RegionEndpoint.publicEndpoint("us-south"))).get();
            ui.submit(() -> service.selectWorkspace(prod)).get();
            assertThat(slowCallStarted.await(5, TimeUnit.SECONDS)).isTrue();

            ui.submit(() -> service.selectWorkspace(test)).get();

            assertThat(tokenCancelled.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(newWorkspaceShown.await(5, TimeUnit.SECONDS)).isTrue();
            ui.submit(() -> { }).get();
            assertThat(seen).filteredOn(s -> s.startsWith("instances")).containsExactly("instances test 1");
        } finally {
            executor.shutdown();
            ui.shutdownNow();
        }
    }
}
