package com.pvsconsole.sim.routes;

import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;

/** Serves one operation of the definition. Runs under the state lock. */
@FunctionalInterface
public interface Route {

    Reply handle(SimRequest request);
}
