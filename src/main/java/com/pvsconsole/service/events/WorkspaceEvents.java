package com.pvsconsole.service.events;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A workspace's events in a time range, newest first, for the events timeline. */
public final class WorkspaceEvents {

    /** The one order of events everywhere (Events page and an instance's Events tab): newest first. */
    public static final Comparator<Event> NEWEST_FIRST =
            Comparator.comparing((Event e) -> Objects.requireNonNullElse(e.timestamp(), 0L)).reversed();

    private final PowerVsClient client;
    private final WorkspaceTasks tasks;

    public WorkspaceEvents(PowerVsClient client, WorkspaceTasks tasks) {
        this.client = client;
        this.tasks = tasks;
    }

    public Pending<List<Event>> load(WorkspaceScope scope, EventRange range) {
        return tasks.run(scope, "Load events", (ctx, token) -> client.listEvents(ctx, range.from(), range.to(), token)
                .stream().sorted(NEWEST_FIRST).toList());
    }
}
