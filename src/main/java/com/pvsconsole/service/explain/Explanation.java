package com.pvsconsole.service.explain;

import java.util.List;
import java.util.Optional;

/**
 * What Explain shows: the evidence, then a plain cause and a next step. {@code catalogEntry} names the
 * fault-catalog entry that matched; when none did, the cause carries the raw fault text unchanged.
 */
public record Explanation(List<Evidence> evidence, String cause, String nextStep, Optional<String> catalogEntry) {

    public Explanation {
        evidence = List.copyOf(evidence);
    }

    public boolean known() {
        return catalogEntry.isPresent();
    }
}
