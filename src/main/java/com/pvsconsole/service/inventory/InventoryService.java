package com.pvsconsole.service.inventory;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Regions -> workspaces -> a workspace's lists, as the console shows them. Selecting a region
 * or workspace cancels the loads of the previous one (down to the socket); a workspace's
 * instances, volumes and networks load concurrently; auto-refresh reloads them quietly at an
 * interval. Confined to the UI thread: the executor delivers every callback there.
 */
public final class InventoryService {

    private final PowerVsClient client;
    private final RegionCatalog catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private LoadGroup regionLoad;
    private LoadGroup workspaceLoad;
    private RegionEndpoint endpoint;
    private Workspace workspace;
    private Duration refreshInterval = Duration.ZERO;
    private TaskHandle nextRefresh = TaskHandle.none();

    public InventoryService(PowerVsClient client, RegionCatalog catalog, TaskExecutor executor, Clock clock) {
        this.client = client;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
    }

    public void addListener(InventoryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(InventoryListener listener) {
        listeners.remove(listener);
    }

    public Map<String, List<Region>> regionsByGeography() {
        return catalog.byGeography();
    }

    public Optional<RegionEndpoint> currentEndpoint() {
        return Optional.ofNullable(endpoint);
    }

    public Optional<Workspace> currentWorkspace() {
        return Optional.ofNullable(workspace);
    }

    /** The context for calls on the current workspace (CRN header, regional host). */
    public Optional<WorkspaceContext> currentContext() {
        return Optional.ofNullable(workspace).map(ws -> contextOf(endpoint, ws));
    }

    /** Switches region: cancels every load in flight and lists the region's workspaces. */
    public void selectRegion(RegionEndpoint newEndpoint) {
        cancelLoads();
        endpoint = newEndpoint;
        workspace = null;
        regionLoad = new LoadGroup(executor, false, this::fireLoading);
        regionLoad.start("Load workspaces", newEndpoint.region(),
                cancellable(token -> client.listWorkspaces(newEndpoint, token)),
                workspaces -> {
                    fireSucceeded();
                    listeners.forEach(l -> l.workspacesLoaded(newEndpoint, workspaces));
                },
                this::fireFailed);
    }

    /** Switches workspace: cancels its predecessor's loads and loads its lists concurrently. */
    public void selectWorkspace(Workspace newWorkspace) {
        cancelWorkspaceLoad();
        workspace = newWorkspace;
        loadWorkspace(false);
    }

    /** Reloads the current workspace's lists now (the user asked, so it is recorded). */
    public void refresh() {
        if (workspace != null && (workspaceLoad == null || !workspaceLoad.isLoading())) {
            loadWorkspace(false);
        }
    }

    /** Cancels every load in flight; data already shown stays. */
    public void cancelLoads() {
        if (regionLoad != null) {
            regionLoad.cancel();
        }
        cancelWorkspaceLoad();
    }

    /** Reloads the lists quietly every {@code interval}; zero or negative turns it off. */
    public void setAutoRefresh(Duration interval) {
        refreshInterval = interval == null ? Duration.ZERO : interval;
        scheduleRefresh();
    }

    public boolean isLoading() {
        return (regionLoad != null && regionLoad.isLoading()) || (workspaceLoad != null && workspaceLoad.isLoading());
    }

    private void cancelWorkspaceLoad() {
        nextRefresh.cancel();
        if (workspaceLoad != null) {
            workspaceLoad.cancel();
        }
    }

    private void loadWorkspace(boolean quiet) {
        Workspace ws = workspace;
        WorkspaceContext ctx = contextOf(endpoint, ws);
        LoadGroup group = new LoadGroup(executor, quiet, this::fireLoading);
        workspaceLoad = group;
        group.start("Load instances", ws.name(), cancellable(token -> client.listInstances(ctx, token)),
                instances -> {
                    fireSucceeded();
                    listeners.forEach(l -> l.instancesLoaded(ws, instances, clock.instant()));
                    scheduleRefresh();
                },
                problem -> {
                    fireFailed(problem);
                    scheduleRefresh();
                });
        group.start("Load volumes", ws.name(), cancellable(token -> client.listVolumes(ctx, token)),
                volumes -> listeners.forEach(l -> l.volumesLoaded(ws, volumes)), this::fireFailed);
        group.start("Load networks", ws.name(), cancellable(token -> client.listNetworks(ctx, token)),
                networks -> listeners.forEach(l -> l.networksLoaded(ws, networks)), this::fireFailed);
    }

    private void scheduleRefresh() {
        nextRefresh.cancel();
        if (workspace == null || refreshInterval.isZero() || refreshInterval.isNegative()) {
            return;
        }
        nextRefresh = executor.schedule(refreshInterval, () -> {
            if (workspace != null && (workspaceLoad == null || !workspaceLoad.isLoading())) {
                loadWorkspace(true);
            }
        });
    }

    private WorkspaceContext contextOf(RegionEndpoint regionEndpoint, Workspace ws) {
        return new WorkspaceContext(regionEndpoint, Crn.parse(ws.details().crn()));
    }

    private void fireLoading(boolean loading) {
        listeners.forEach(l -> l.loadingChanged(isLoading() || loading));
    }

    private void fireFailed(Problem problem) {
        listeners.forEach(l -> l.loadFailed(problem));
    }

    private void fireSucceeded() {
        listeners.forEach(l -> l.loadSucceeded(clock.instant()));
    }
}
