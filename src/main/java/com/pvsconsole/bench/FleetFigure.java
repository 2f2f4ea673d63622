package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.sim.state.ScalePlan;
import java.util.Locale;

/**
 * fleet: 20 workspaces x 500 instances over 5 regions, 150 ms injected on every call, from the
 * console's process start to every generated server on the All servers table (no saved
 * inventory). No target in the issue; the window's own start is given beside it.
 */
final class FleetFigure implements Measurement {

    @Override
    public String id() {
        return "FLEET";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        int workspaces = options.small() ? 5 : 20;
        int instances = options.small() ? 50 : 500;
        ScalePlan plan = new ScalePlan(instances, instances, Math.max(1, instances / 20), 0, 0, workspaces);
        String what = String.format(Locale.ROOT, "%d workspaces x %d instances over 5 regions at %d ms/call: "
                + "process start to full All servers table", workspaces, instances, WorkspaceOpenFigure.LATENCY_MS);
        LoadedConsole.Result result = new LoadedConsole(new LoadedConsole.Scenario(plan,
                "type=latency,latencyMs=" + WorkspaceOpenFigure.LATENCY_MS + ",route=GET /pcloud/**", true, "", 0),
                options.small()).result();
        if (result.skipped() != null) {
            return Figure.skipped(id(), what, result.skipped());
        }
        JsonNode ready = result.line("tableReady");
        return Figure.informational(id(), what, ready.path("sinceJvmStartMs").asDouble(), "ms", String.format(Locale.ROOT,
                "window with the All servers page at %d ms; %,d rows; %s", ready.path("windowFoundMs").asLong(),
                ready.path("rows").asInt(), result.setup()));
    }
}
