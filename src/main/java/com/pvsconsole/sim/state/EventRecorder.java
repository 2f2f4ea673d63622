package com.pvsconsole.sim.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;

/** Turns every change into an {@code Event} of its workspace, attributed to the demo user. */
public final class EventRecorder {

    private final Clock clock;
    private final IdSource ids;
    private final SimState state;

    public EventRecorder(Clock clock, IdSource ids, SimState state) {
        this.clock = clock;
        this.ids = ids;
        this.state = state;
    }

    public void record(Workspace ws, String resource, String action, String level, String message) {
        add(ws, clock.instant(), resource, action, level, message);
    }

    /** Records a past event (the seed's history). Events are kept in time order. */
    public void recordAt(Workspace ws, String time, String resource, String action, String level, String message) {
        add(ws, Instant.parse(time), resource, action, level, message);
    }

    private void add(Workspace ws, Instant now, String resource, String action, String level, String message) {
        ObjectNode event = state.user().objectNode();
        event.put("eventID", ids.uuid());
        event.put("action", action);
        event.put("resource", resource);
        event.put("level", level);
        event.put("message", message);
        event.put("time", now.toString());
        event.put("timestamp", now.toEpochMilli());
        ObjectNode user = event.putObject("user");
        user.put("userID", state.user().path("userID").asText());
        user.put("email", state.user().path("email").asText());
        user.put("name", state.user().path("name").asText());
        ws.addEvent(event);
    }

    public void info(Workspace ws, String resource, String action, String message) {
        record(ws, resource, action, "info", message);
    }

    public String now() {
        return clock.instant().toString();
    }
}
