package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.JobRunner;
import com.pvsconsole.sim.state.Workspace;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Events (filtered by time) and jobs (the last five). */
final class EventJobRoutes {

    private static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}";
    private static final int JOBS_KEPT = 5;

    private final SimContext ctx;

    EventJobRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", BASE + "/events", this::events)
                .add("GET", BASE + "/events/{event_id}", this::event)
                .add("GET", BASE + "/jobs", this::jobs)
                .add("GET", BASE + "/jobs/{job_id}", this::job)
                .add("DELETE", BASE + "/jobs/{job_id}", this::deleteJob);
    }

    private Reply events(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        long from = req.query().containsKey("time") ? millis(req.query().get("time"), "time")
                : req.query().containsKey("from_time") ? millis(req.query().get("from_time"), "from_time") : Long.MIN_VALUE;
        long to = req.query().containsKey("to_time") ? millis(req.query().get("to_time"), "to_time") : Long.MAX_VALUE;
        if (from > to) {
            throw ApiException.badRequest("from_time must not be after to_time");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("events");
        for (ObjectNode e : ws.events()) {
            long t = e.get("timestamp").asLong();
            if (t >= from && t <= to) {
                list.add(e);
            }
        }
        return Reply.ok(body);
    }

    /** Accepts ISO-8601 instants and epoch seconds or milliseconds, as clients send either. */
    static long millis(String value, String name) {
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                long n = Long.parseLong(value);
                return n < 100_000_000_000L ? n * 1000 : n;
            } catch (NumberFormatException nfe) {
                throw ApiException.badRequest(name + " must be an ISO-8601 time (2026-01-31T12:00:00Z) or epoch seconds, was "
                        + value);
            }
        }
    }

    private Reply event(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        return ws.events().stream().filter(e -> e.get("eventID").asText().equals(req.param("event_id")))
                .findFirst().map(Reply::ok)
                .orElseThrow(() -> ApiException.notFound("event", req.param("event_id")));
    }

    private Reply jobs(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        List<ObjectNode> all = new ArrayList<>(ws.jobs.values());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("jobs");
        for (int i = all.size() - 1; i >= 0 && list.size() < JOBS_KEPT; i--) {
            list.add(all.get(i));
        }
        return Reply.ok(body);
    }

    private Reply job(SimRequest req) {
        return Reply.ok(ctx.workspace(req).job(req.param("job_id")));
    }

    private Reply deleteJob(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode job = ws.job(req.param("job_id"));
        if (JobRunner.running(job)) {
            throw ApiException.conflict("job " + job.get("id").asText() + " is still running");
        }
        ws.jobs.remove(job.get("id").asText());
        return Reply.emptyObject(200);
    }
}
