package com.pvsconsole.ui.shell;

import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.Stores;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shell tells a refused key (the user must act) from an outage (it passes), and Retry asks again. */
class KeyProblemTest {

    /** Every region answers {@code status} until {@code failing} is cleared, then one workspace each. */
    private static final class Regions extends EmptyListsClient {
        final AtomicInteger calls = new AtomicInteger();
        final int status;
        volatile boolean failing = true;

        Regions(int status) {
            this.status = status;
        }

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            calls.incrementAndGet();
            if (failing) {
                // as the client classifies them: 401 is AUTH, a 5xx SERVER
                throw PowerVsException.builder(status == 401 ? ErrorCategory.AUTH : ErrorCategory.SERVER,
                        new ApiOperation("GET", "/v1/workspaces"), "status." + status).status(status).build();
            }
            return List.of(workspace("ws-" + endpoint.region(), "prod-" + endpoint.region()));
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            return List.of();
        }
    }

    private static ShellViewModel shellOn(Regions client) {
        InventoryService store = Stores.store(client, new CurrentThreadTaskExecutor(), Clock.systemUTC());
        ShellViewModel shell = new ShellViewModel(store, new AccountInfo("Prod", false), new Messages(Locale.ROOT),
                ZoneOffset.UTC);
        shell.openAt(RegionCatalog.loadDefault().find("us-south").orElseThrow(), false, null);
        return shell;
    }

    @Test
    void should_report_a_refused_key_and_clear_it_when_a_retry_lists_the_workspaces() {
        // given a region that answers 401 (the key is refused)
        Regions client = new Regions(401);
        ShellViewModel shell = shellOn(client);

        // then the shell has the key problem with its hint, and no workspace
        assertThat(shell.keyProblemProperty().get()).isNotNull();
        assertThat(shell.keyProblemProperty().get().hint()).isNotBlank();
        assertThat(shell.keyCheckedProperty().get()).isNotBlank();
        assertThat(shell.workspaceProperty().get()).isNull();

        // when the service accepts the key again and the user presses Retry
        client.failing = false;
        int before = client.calls.get();
        shell.retryWorkspaces();

        // then the regions were asked again, the problem is gone and a workspace is open
        assertThat(client.calls.get()).isGreaterThan(before);
        assertThat(shell.keyProblemProperty().get()).isNull();
        assertThat(shell.keyRetryingProperty().get()).isFalse();
        assertThat(shell.workspaceProperty().get()).isNotNull();
    }

    @Test
    void should_not_call_an_outage_a_refused_key() {
        // given a region that answers 500
        ShellViewModel shell = shellOn(new Regions(500));

        // then the status bar has it, but no key problem is claimed
        assertThat(shell.connectionProblemProperty().get()).isTrue();
        assertThat(shell.keyProblemProperty().get()).isNull();
    }
}
