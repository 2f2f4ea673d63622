package com.pvsconsole.app;

import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.ui.shell.AccountInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded simulator serving the demo account on a free loopback port. */
public final class DemoBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBackend.class);

    private final PowerVsSimulator simulator;

    private DemoBackend(PowerVsSimulator simulator) {
        this.simulator = simulator;
    }

    /** Starts the simulator; {@code timeScale} 1.0 is real service timing, smaller is faster. */
    public static DemoBackend start(double timeScale) {
        PowerVsSimulator sim = PowerVsSimulator.builder().port(0).timeScale(timeScale).start();
        LOG.debug("Demo simulator listening on {}", sim.baseUrl());
        return new DemoBackend(sim);
    }

    /** The demo account as a connection: the simulator's IAM and region templates, the demo key. */
    public ConnectionTarget target() {
        return new ConnectionTarget(simulator.iamUrl(), simulator.regionUrlTemplate(),
                simulator.privateRegionUrlTemplate(), simulator::apiKey,
                new AccountInfo("Demo account", true),
                simulator.regions().get(0));
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
