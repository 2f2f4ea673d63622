package com.pvsconsole.service.explain;

import java.util.Objects;

/**
 * What Explain and the estimates remember beyond one connection: the transition history (in the
 * cache folder) and the console's own record of its actions (the journal).
 */
public record ExplainSources(TransitionHistory history, LastActions lastActions) {

    public ExplainSources {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(lastActions, "lastActions");
    }

    /** Nothing kept between runs (tests, tools). */
    public static ExplainSources inMemory() {
        return new ExplainSources(TransitionHistory.inMemory(), LastActions.none());
    }
}
