package com.pvsconsole.service.inventory.cache;

import com.pvsconsole.service.inventory.InventoryListener;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.RestoredWorkspace;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps an account's last inventory on disk: at start it is read on a worker and shown at once
 * (marked cached) until fresh answers replace it; as workspaces load it is written again, at most
 * once per {@code minGap}, on a worker. The FX thread only takes the snapshot (copies of lists).
 */
public final class InventoryCacheSync implements InventoryListener {

    private final InventoryService store;
    private final InventoryCache cache;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration minGap;
    private Instant lastSave;
    private boolean saving;

    public InventoryCacheSync(InventoryService store, InventoryCache cache, TaskExecutor executor, Clock clock,
                              Duration minGap) {
        this.store = store;
        this.cache = cache;
        this.executor = executor;
        this.clock = clock;
        this.minGap = minGap;
    }

    /**
     * Hands the saved inventory to the store: at once when start-up read it ahead (so the first
     * frame of the window shows it), otherwise after reading it on a worker. Then keeps the file current.
     */
    public void start() {
        String account = store.accountId();
        Optional<CachedFleet> ahead = cache.takeReadAhead(account);
        if (ahead.isPresent()) {
            store.restore(ahead.get().savedAt(), restored(ahead.get()));
            store.addListener(this);
            return;
        }
        executor.submit(BackgroundTask.of("Read saved inventory", account, context -> cache.load(account))
                .quiet()
                .onSuccess(saved -> saved.ifPresent(fleet -> store.restore(fleet.savedAt(), restored(fleet)))));
        store.addListener(this);
    }

    @Override
    public void workspaceLoaded(WorkspaceScope scope, Instant at) {
        if (!saving && (lastSave == null || !clock.instant().isBefore(lastSave.plus(minGap)))) {
            saveNow();
        }
    }

    /** Writes what the store holds now (on a worker). */
    public void saveNow() {
        List<CachedWorkspace> workspaces = store.snapshot().stream().map(InventoryCacheSync::cached).toList();
        if (workspaces.isEmpty()) {
            return;
        }
        CachedFleet fleet = cache.snapshot(store.accountId(), workspaces);
        saving = true;
        lastSave = clock.instant();
        executor.submit(BackgroundTask.of("Save inventory", store.accountId(), context -> {
                    cache.save(fleet);
                    return Boolean.TRUE;
                })
                .quiet()
                .onSuccess(done -> saving = false)
                .onFailure(problem -> saving = false)
                .onCancelled(() -> saving = false));
    }

    /**
     * The console is closing: writes, on the calling thread, what the service has answered in this
     * run (a run closed within the save gap, or before a save on a worker could run, such as the
     * self-test's, would otherwise leave nothing for the next start). A store that holds only the
     * restored inventory is not written back: its age must stay that of the answers it came from.
     */
    public void saveOnClose() {
        store.removeListener(this);
        List<RestoredWorkspace> held = store.snapshot();
        if (held.stream().allMatch(ws -> store.isFromCache(ws.scope()))) {
            return;
        }
        cache.save(cache.snapshot(store.accountId(), held.stream().map(InventoryCacheSync::cached).toList()));
    }

    private List<RestoredWorkspace> restored(CachedFleet fleet) {
        return fleet.workspaces().stream()
                .map(ws -> WorkspaceScope.of(fleet.accountId(), ws.regionEndpoint(), ws.workspace())
                        .map(scope -> new RestoredWorkspace(scope, ws.workspace(), ws.instances(), ws.volumes(),
                                ws.networks(), ws.loadedAt())))
                .flatMap(Optional::stream)
                .toList();
    }

    private static CachedWorkspace cached(RestoredWorkspace ws) {
        return new CachedWorkspace(ws.scope().region(), ws.scope().endpointType(), ws.workspace(), ws.instances(),
                ws.volumes(), ws.networks(), ws.loadedAt());
    }
}
