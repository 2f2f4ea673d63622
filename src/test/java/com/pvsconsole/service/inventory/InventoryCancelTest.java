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
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.PooledTaskExecutor;
import com.pvsconsole.service.task.TaskObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Cancel in the middle of a refresh, on real threads: the store's own thread plays the UI
 * thread, a list call hangs until the test lets it go.
 */
class InventoryCancelTest {

    private static final RegionEndpoint DALLAS = RegionEndpoint.publicEndpoint("us-south");

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final PooledTaskExecutor pool = new PooledTaskExecutor(2, ui, TaskObserver.NONE);
    private final HangingClient client = new HangingClient();
    private final InventoryService store = new InventoryService("acct-1", client, RegionCatalog.loadDefault(), pool,
            Clock.systemUTC(), RefreshPolicy.defaults(Duration.ofMillis(300)), 4);

    /** One workspace in Dallas; its instance list hangs while {@code hang} is set, until released. */
    private static final class HangingClient extends EmptyListsClient {
        final AtomicInteger instanceCalls = new AtomicInteger();
        volatile CountDownLatch hang;
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return endpoint.equals(DALLAS) ? List.of(workspace("ws-prod", "prod")) : List.of();
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            instanceCalls.incrementAndGet();
            CountDownLatch wait = hang;
            if (wait != null) {
                entered.countDown();
                try {
                    wait.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of(instanceRef("a", "aix-db", "ACTIVE"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        onUi(() -> {
            store.close();
            return null;
        });
        pool.shutdown();
        ui.shutdownNow();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void should_refresh_a_workspace_on_its_interval_again_after_its_load_was_cancelled() throws Exception {
        // given a loaded workspace whose next refresh hangs
        onUi(() -> {
            store.discoverRegion(DALLAS);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onUi(() -> !store.workspaces(DALLAS).isEmpty()
                && !store.instances(store.workspaces(DALLAS).get(0)).isEmpty()));
        CountDownLatch release = new CountDownLatch(1);
        client.hang = release;
        onUi(() -> {
            store.refresh(store.workspaces(DALLAS).get(0));
            return null;
        });
        assertThat(client.entered.await(10, TimeUnit.SECONDS)).isTrue();

        // when the user cancels it (and the hung call ends later)
        onUi(() -> {
            store.cancelLoads();
            return null;
        });
        client.hang = null;
        release.countDown();
        int afterCancel = client.instanceCalls.get();

        // then the workspace is refreshed again on its 300 ms interval, not left as it was for good
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> client.instanceCalls.get() >= afterCancel + 2);
    }
}
