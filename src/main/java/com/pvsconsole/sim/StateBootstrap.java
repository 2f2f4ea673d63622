package com.pvsconsole.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.sim.state.IdSource;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.ScaleGenerator;
import com.pvsconsole.sim.state.ScalePlan;
import com.pvsconsole.sim.state.SeedLoader;
import com.pvsconsole.sim.state.SimState;
import com.pvsconsole.sim.state.StateFile;
import java.io.IOException;

/** Where the simulator's first state comes from: the state file if it exists, else the seed (plus scale). */
final class StateBootstrap {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StateBootstrap.class);

    private final ObjectMapper mapper;
    private final ResourceFactory factory;
    private final IdSource ids;

    StateBootstrap(ObjectMapper mapper, ResourceFactory factory, IdSource ids) {
        this.mapper = mapper;
        this.factory = factory;
        this.ids = ids;
    }

    SimState initialState(StateFile file, ScalePlan scale) {
        if (file != null && file.exists()) {
            try {
                return file.load();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the state file could not be read; move it away to start from the seed", e);
            }
        }
        SimState state = new SeedLoader(mapper, factory, ids).load();
        if (!scale.isEmpty()) {
            long started = System.nanoTime();
            new ScaleGenerator(factory, ids).generate(state, scale);
            LOG.info("Generated {} in {} ms", scale, (System.nanoTime() - started) / 1_000_000);
        }
        return state;
    }

}
