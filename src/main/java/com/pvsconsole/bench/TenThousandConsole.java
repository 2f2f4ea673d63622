package com.pvsconsole.bench;

import com.pvsconsole.sim.state.ScalePlan;

/**
 * The console run that P3, P4 and P6 share: 10,000 instances (10,000 volumes, 500 networks) in
 * one generated workspace beside the demo seed, loaded into the real All servers page, then a
 * full refresh, filter keystrokes and a memory reading. Made once per bench run and variant.
 */
final class TenThousandConsole {

    private LoadedConsole run;

    /** The run for these options, started by the first figure that asks. */
    synchronized LoadedConsole.Result result(BenchOptions options) throws Exception {
        if (run == null || run.isSmall() != options.small()) {
            int instances = options.small() ? 1000 : 10_000;
            // -Dpvs.bench.scale=instances=20000,volumes=40000 (the simulator's --scale forms) measures
            // another fleet: how far the launcher's heap reaches (README: Performance, heap ceiling).
            String scale = System.getProperty("pvs.bench.scale");
            ScalePlan plan = scale != null ? ScalePlan.parse(scale)
                    : new ScalePlan(instances, instances, instances / 20, 0, 0, 1);
            // Typed into the filter box and erased again: each keystroke narrows or widens the table.
            String keys = options.small() ? "aix" : "rhel-004";
            run = new LoadedConsole(new LoadedConsole.Scenario(plan, null, false, keys, options.runs(2, 1)),
                    options.small());
        }
        return run.result();
    }
}
