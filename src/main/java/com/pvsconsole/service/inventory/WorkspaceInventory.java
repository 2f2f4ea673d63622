package com.pvsconsole.service.inventory;

import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.TaskHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One workspace's lists in the store, with their load state. UI thread only. */
final class WorkspaceInventory {

    final WorkspaceScope scope;
    Workspace workspace;
    private final Map<ResourceKind, Map<String, ?>> lists = new EnumMap<>(ResourceKind.class);
    private final Map<ResourceKind, Instant> loadedAt = new EnumMap<>(ResourceKind.class);
    final List<TaskHandle> inFlight = new ArrayList<>();
    int pending;
    boolean queued;
    /** A view needed a kind while a load without it was out: list it when that load ends. */
    boolean missingAfterLoad;
    /** Kinds to list once more when the load out ends (a change elsewhere altered them after it was sent). */
    final Set<ResourceKind> relistAfterLoad = EnumSet.noneOf(ResourceKind.class);
    /**
     * On-demand kinds no view needs any more, kept until the workspace's next refresh (which does not list them): a
     * page shown again before then has them without a call. Neither refreshed nor followed meanwhile.
     */
    private final Set<ResourceKind> held = EnumSet.noneOf(ResourceKind.class);
    boolean fromCache;
    int failures;
    Problem problem;
    Instant nextDue;
    Instant waitingUntil;
    /**
     * Whether any record is in transition, worked out once per list change rather than on every
     * status publish: the store publishes its status several times per answer, and scanning
     * 10,000 instances each time held the FX thread for most of a refresh that changed nothing.
     */
    private Boolean transitioning;

    WorkspaceInventory(WorkspaceScope scope, Workspace workspace) {
        this.scope = scope;
        this.workspace = workspace;
    }

    @SuppressWarnings("unchecked")
    <T> Map<String, T> list(KindSpec<T> spec) {
        return (Map<String, T>) lists.getOrDefault(spec.kind(), Map.of());
    }

    <T> void setList(KindSpec<T> spec, Map<String, T> items, Instant at) {
        if (lists.get(spec.kind()) != items) {
            transitioning = null;
        }
        lists.put(spec.kind(), items);
        loadedAt.put(spec.kind(), at);
    }

    /** Changes records without marking the list loaded (an action's answer, not a list answer). */
    <T> void replaceItems(KindSpec<T> spec, Map<String, T> items) {
        lists.put(spec.kind(), items);
        transitioning = null;
    }

    /** Drops a kind no view needs any more: it is neither shown nor followed. */
    void forget(ResourceKind kind) {
        lists.remove(kind);
        loadedAt.remove(kind);
        held.remove(kind);
        transitioning = null;
    }

    /** A refresh answered without the held kinds: they are older than the rest now, and go. */
    void forgetHeld() {
        List.copyOf(held).forEach(this::forget);
    }

    /** Keeps a released kind's records until the next refresh, without following them. */
    void hold(ResourceKind kind) {
        held.add(kind);
        transitioning = null;
    }

    boolean isHeld(ResourceKind kind) {
        return held.contains(kind);
    }

    void unhold(ResourceKind kind) {
        held.remove(kind);
        transitioning = null;
    }

    boolean isLoaded(ResourceKind kind) {
        return loadedAt.containsKey(kind);
    }

    Instant loadedAt(ResourceKind kind) {
        return loadedAt.get(kind);
    }

    boolean isLoading() {
        return pending > 0 || queued;
    }

    boolean inTransition() {
        if (transitioning == null) {
            // A held kind is not followed: a job no one looks at must not keep the workspace polled.
            transitioning = KindSpec.ALL.stream()
                    .anyMatch(spec -> !held.contains(spec.kind()) && anyInTransition(spec));
        }
        return transitioning;
    }

    private <T> boolean anyInTransition(KindSpec<T> spec) {
        for (T item : list(spec).values()) {
            if (spec.inTransition().test(item)) {
                return true;
            }
        }
        return false;
    }

    void cancel() {
        List<TaskHandle> running = List.copyOf(inFlight);
        inFlight.clear();
        pending = 0;
        queued = false;
        running.forEach(TaskHandle::cancel);
    }
}
