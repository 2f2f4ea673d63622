package com.pvsconsole.service.accounts;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a new account: exchanges its key for a token (a refused key stops here with IAM's
 * reason), then lists the workspaces of every catalog region concurrently, one call per
 * region. A region whose endpoint does not exist (404) simply has none; a region that fails
 * otherwise is reported but does not fail the account unless every region failed.
 * Callbacks arrive on the UI thread (the executor's contract).
 */
public final class WorkspaceDiscovery {

    /** What the caller hears; every method is called on the UI thread. */
    public interface Listener {
        /** Signing in ({@code total} = 0), then {@code done} of {@code total} regions asked. */
        void progress(int done, int total);

        void succeeded(DiscoveryResult result);

        void failed(Problem problem);
    }

    private final AccountClientFactory clients;
    private final RegionCatalog catalog;
    private final TaskExecutor executor;

    public WorkspaceDiscovery(AccountClientFactory clients, RegionCatalog catalog, TaskExecutor executor) {
        this.clients = clients;
        this.catalog = catalog;
        this.executor = executor;
    }

    /** Starts discovering; cancelling the handle stops every call in flight and silences the listener. */
    public TaskHandle discover(AccountProfile profile, Secret key, Listener listener) {
        Run run = new Run(profile, key, listener);
        run.start();
        return run;
    }

    /** One discovery: UI-thread state, so no locking. */
    private final class Run implements TaskHandle {
        private final AccountProfile profile;
        private final Secret key;
        private final Listener listener;
        private final List<TaskHandle> handles = new ArrayList<>();
        private final Map<String, List<Workspace>> found = new LinkedHashMap<>();
        private final Map<String, Problem> failures = new LinkedHashMap<>();
        private List<Region> regions = List.of();
        private boolean finished;

        Run(AccountProfile profile, Secret key, Listener listener) {
            this.profile = profile;
            this.key = key;
            this.listener = listener;
        }

        void start() {
            listener.progress(0, 0);
            handles.add(executor.submit(BackgroundTask.<AccountConnection>of("Sign in", profile.name(), context -> {
                cancellable(token -> {
                    clients.signIn(profile, key, token);
                    return null;
                }).run(context);
                return clients.connect(profile, key);
            }).onSuccess(connection -> askRegions(connection.client())).onFailure(this::fail)));
        }

        private void askRegions(PowerVsClient client) {
            if (finished) {
                return;
            }
            regions = catalog.regions();
            regions.forEach(region -> found.put(region.id(), null));
            listener.progress(0, regions.size());
            for (Region region : regions) {
                RegionEndpoint endpoint = new RegionEndpoint(region.id(), profile.endpointType());
                handles.add(executor.submit(BackgroundTask.<List<Workspace>>of("Find workspaces", region.id(),
                                cancellable(token -> listOrNone(client, endpoint, token)))
                        .quiet()
                        .onSuccess(workspaces -> answered(region.id(), workspaces, null))
                        .onFailure(problem -> answered(region.id(), List.of(), problem))));
            }
        }

        private List<Workspace> listOrNone(PowerVsClient client, RegionEndpoint endpoint,
                                           com.pvsconsole.api.CancellationToken token) {
            try {
                return client.listWorkspaces(endpoint, token);
            } catch (PowerVsException e) {
                if (e.category() == ErrorCategory.NOT_FOUND) {
                    return List.of(); // no Power VS endpoint answers for this region
                }
                throw e;
            }
        }

        private void answered(String region, List<Workspace> workspaces, Problem problem) {
            if (finished) {
                return;
            }
            found.put(region, workspaces);
            if (problem != null) {
                failures.put(region, problem);
            }
            long done = found.values().stream().filter(w -> w != null).count();
            listener.progress((int) done, regions.size());
            if (done < regions.size()) {
                return;
            }
            if (failures.size() == regions.size()) {
                fail(failures.values().iterator().next());
                return;
            }
            finished = true;
            List<FoundWorkspace> all = new ArrayList<>();
            found.forEach((id, list) -> list.forEach(ws -> all.add(new FoundWorkspace(id, ws))));
            listener.succeeded(new DiscoveryResult(all, failures));
        }

        private void fail(Problem problem) {
            if (!finished) {
                finished = true;
                listener.failed(problem);
            }
        }

        @Override
        public void cancel() {
            finished = true;
            handles.forEach(TaskHandle::cancel);
        }

        @Override
        public boolean isDone() {
            return finished;
        }
    }
}
