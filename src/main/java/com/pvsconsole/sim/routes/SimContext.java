package com.pvsconsole.sim.routes;

import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.spec.SchemaCheck;
import com.pvsconsole.sim.state.Durations;
import com.pvsconsole.sim.state.EventRecorder;
import com.pvsconsole.sim.state.IdSource;
import com.pvsconsole.sim.state.JobRunner;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.Scheduler;
import com.pvsconsole.sim.state.SimState;
import com.pvsconsole.sim.state.Workspace;

/** What route handlers share: the state and the machinery that changes it. */
public record SimContext(SimState state, ResourceFactory factory, Scheduler scheduler, Durations durations,
                         EventRecorder events, JobRunner jobs, IdSource ids, SchemaCheck schemas) {

    /** The workspace named by the request's {@code cloud_instance_id}, in the addressed region. */
    public Workspace workspace(SimRequest request) {
        return state.workspace(request.param("cloud_instance_id"), request.region());
    }

    /**
     * A list entry: the full resource cut down to the definition's reference model, plus its href.
     *
     * @param kind    path segment of the resource ("volumes")
     * @param idField the resource's id property ("volumeID")
     */
    public com.fasterxml.jackson.databind.node.ObjectNode reference(Workspace ws,
            com.fasterxml.jackson.databind.node.ObjectNode full, String model, String kind, String idField) {
        com.fasterxml.jackson.databind.node.ObjectNode ref = schemas.project(full, model);
        ref.put("href", ws.href(kind, full.get(idField).asText()));
        return ref;
    }

    public String now() {
        return events.now();
    }
}
