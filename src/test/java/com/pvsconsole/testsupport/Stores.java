package com.pvsconsole.testsupport;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RefreshPolicy;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;

/** Builds an inventory store for tests (no auto-refresh) and opens a workspace the way the shell does. */
public final class Stores {

    private Stores() {
    }

    public static InventoryService store(PowerVsClient client, TaskExecutor executor, Clock clock) {
        return new InventoryService("test", client, RegionCatalog.loadDefault(), executor, clock,
                RefreshPolicy.defaults(Duration.ZERO), 4);
    }

    /**
     * Lists {@code region}'s workspaces, focuses the one with {@code workspace}'s id (the first
     * when null) and returns its scope as the property view-models watch.
     */
    public static SimpleObjectProperty<WorkspaceScope> open(InventoryService store, String region, Workspace workspace) {
        RegionEndpoint endpoint = RegionEndpoint.publicEndpoint(region);
        store.discoverRegion(endpoint);
        WorkspaceScope scope = store.workspaces(endpoint).stream()
                .filter(ws -> workspace == null || ws.workspaceId().equals(workspace.id()))
                .findFirst().orElseThrow(() -> new AssertionError("no workspace in " + region));
        store.focus(scope);
        return new SimpleObjectProperty<>(scope);
    }
}
