package com.pvsconsole.ui.shell;

import static com.pvsconsole.service.support.Fixtures.instanceRef;
import static com.pvsconsole.service.support.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.EmptyListsClient;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.sim.ManualClock;
import com.pvsconsole.testsupport.Stores;
import com.pvsconsole.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Last refresh" in the status bar is the time of the shown workspace's last answer. */
class LastRefreshTest {

    /** One workspace in Dallas and one in Frankfurt; Dallas's instance list fails while told to. */
    private static final class TwoRegions extends EmptyListsClient {
        volatile boolean dallasDown;

        @Override
        public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
            return switch (endpoint.region()) {
                case "us-south" -> List.of(workspace("ws-dal", "prod-dallas"));
                case "eu-de" -> List.of(workspace("ws-fra", "sap-frankfurt"));
                default -> List.of();
            };
        }

        @Override
        public List<PvmInstanceReference> listInstances(WorkspaceContext ctx, CancellationToken cancel) {
            if (dallasDown && ctx.cloudInstanceId().equals("ws-dal")) {
                throw Fixtures.httpError(500, "down");
            }
            return List.of(instanceRef("a-" + ctx.cloudInstanceId(), "server", "ACTIVE"));
        }
    }

    @Test
    void should_not_advance_the_last_refresh_while_the_shown_workspace_fails_and_others_answer() {
        // given the console on Dallas, loaded at 14:00:00
        ManualClock clock = new ManualClock(Instant.parse("2026-11-30T14:00:00Z"));
        TwoRegions client = new TwoRegions();
        InventoryService store = Stores.store(client, new CurrentThreadTaskExecutor(), clock);
        ShellViewModel shell = new ShellViewModel(store, new AccountInfo("Prod", false), new Messages(Locale.ROOT),
                ZoneOffset.UTC);
        RegionCatalog catalog = RegionCatalog.loadDefault();
        shell.openAt(catalog.find("us-south").orElseThrow(), false, null);
        store.discoverRegion(RegionEndpoint.publicEndpoint("eu-de"));
        assertThat(shell.lastRefreshProperty().get()).isEqualTo("Last refresh 14:00:00");

        // when a minute later Dallas fails while Frankfurt answers
        clock.advance(Duration.ofMinutes(1));
        client.dallasDown = true;
        WorkspaceScope dallas = shell.workspaceProperty().get();
        store.refresh(dallas);
        store.refresh(store.workspaces(RegionEndpoint.publicEndpoint("eu-de")).get(0));

        // then the bar still gives Dallas's last answer, not Frankfurt's
        assertThat(shell.lastRefreshProperty().get()).isEqualTo("Last refresh 14:00:00");

        // and once Dallas answers again it moves on
        clock.advance(Duration.ofSeconds(5));
        client.dallasDown = false;
        store.refresh(dallas);
        assertThat(shell.lastRefreshProperty().get()).isEqualTo("Last refresh 14:01:05");
    }
}
