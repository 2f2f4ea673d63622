package com.pvsconsole.service.journal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One journaled request: who (account name), what (action kind), on what (target identity), when,
 * the body's essentials (never secrets, never user data) and how it settled. {@code body} is the
 * request body with every secret-like field left out (null for entries written before it was kept,
 * and for bodiless requests): what Copy as code on the History page works from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JournalEntry(String id, String account, String action, JournalTarget target,
        Map<String, String> essentials, JournalState state, String problem, String resultId, Instant createdAt,
        Instant updatedAt, JsonNode body) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        essentials = essentials == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(essentials));
    }

    JournalEntry with(JournalState newState, String newProblem, String newResultId, Instant at) {
        return new JournalEntry(id, account, action, target, essentials, newState,
                newProblem == null ? problem : newProblem, newResultId == null ? resultId : newResultId, createdAt, at, body);
    }

    /** Text the History page's search looks in. */
    public String searchText() {
        return String.join(" ", String.valueOf(account), String.valueOf(action), String.valueOf(state),
                target == null ? "" : target.searchText(), String.valueOf(problem), essentials.values().toString());
    }
}
