package com.pvsconsole.ui.shell;

import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.Stores;
import com.pvsconsole.ui.common.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A region that fails is reported with its hint where the user looks; the other regions go on. */
class RegionFailureTest {

    /** Frankfurt answers 500; every other region has one workspace. */
    private static final class OneRegionDown extends EmptyListsClient {
        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            if (endpoint.region().equals("eu-de")) {
                throw Fixtures.httpError(500, "region down");
            }
            return List.of(workspace("ws-" + endpoint.region(), "prod-" + endpoint.region()));
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            return List.of();
        }
    }

    @Test
    void should_name_the_failed_region_with_its_hint_while_the_others_load() {
        RegionCatalog catalog = RegionCatalog.loadDefault();
        InventoryService store = Stores.store(new OneRegionDown(), new CurrentThreadTaskExecutor(), Clock.systemUTC());
        Messages messages = new Messages(Locale.ROOT);
        ShellViewModel shell = new ShellViewModel(store, new AccountInfo("Prod", false), messages, ZoneOffset.UTC);

        // when the console opens on Frankfurt, whose workspace list fails
        shell.openAt(catalog.find("eu-de").orElseThrow(), false, null);

        // then the status bar names the region, the status and the catalog's hint, with the details at hand
        assertThat(shell.connectionProblemProperty().get()).isTrue();
        com.pvsconsole.service.problem.Problem expected = com.pvsconsole.service.problem.Problems.describe("Load workspaces",
                Fixtures.httpError(500, "x"));
        assertThat(shell.connectionProperty().get())
                .startsWith("Could not list the workspaces of eu-de: " + expected.title() + " (HTTP 500)")
                .contains(expected.hint());
        assertThat(shell.connectionDetailProperty().get()).contains("region down");
        // and every other region's workspaces were listed all the same
        assertThat(store.workspaces()).hasSize(catalog.regions().size() - 1);

        // and switching to a region that answered shows its workspace
        shell.selectRegion(catalog.find("us-south").orElseThrow());
        assertThat(shell.workspaces()).extracting(ws -> ws.workspaceName()).containsExactly("prod-us-south");
    }
}
