package com.pvsconsole.service.explain;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.Job;
import com.pvsconsole.api.model.PvmInstance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Explain looks at for one server: the server itself (with its fault), its zone, its
 * recent events, the last action this console took on it, the workspace's jobs, the quota headroom
 * and, while a transition runs, how its pace compares with the usual.
 */
public record ExplainRequest(PvmInstance instance, String zone, List<Event> events,
        Optional<ConsoleActionRecord> lastAction, List<Job> jobs, QuotaHeadroom quota,
        Optional<TransitionHistory.Assessment> pace) {

    public ExplainRequest {
        Objects.requireNonNull(instance, "instance");
        zone = zone == null ? "" : zone;
        events = events == null ? List.of() : List.copyOf(events);
        lastAction = lastAction == null ? Optional.empty() : lastAction;
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        quota = quota == null ? QuotaHeadroom.none() : quota;
        pace = pace == null ? Optional.empty() : pace;
    }

    /** Just the server and its zone, for when nothing else could be fetched. */
    public static ExplainRequest of(PvmInstance instance, String zone) {
        return new ExplainRequest(instance, zone, List.of(), Optional.empty(), List.of(), QuotaHeadroom.none(),
                Optional.empty());
    }
}
