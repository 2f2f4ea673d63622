package com.pvsconsole.service.explain;

import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.service.journal.JournalState;
import java.util.Locale;
import java.util.Optional;

/** The last thing this console did to an object, as Explain shows it. Safe from any thread. */
@FunctionalInterface
public interface LastActions {

    Optional<ConsoleActionRecord> lastOn(String resourceId);

    /** For a console without a journal: nothing is known. */
    static LastActions none() {
        return id -> Optional.empty();
    }

    /** Read from the action journal's entries (newest first), never written to. */
    static LastActions from(ActionJournal journal) {
        return id -> journal.entries().stream()
                .filter(e -> e.target() != null && id.equals(e.target().resourceId()))
                .findFirst()
                .map(LastActions::record);
    }

    private static ConsoleActionRecord record(JournalEntry e) {
        String state = e.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String outcome = e.state() == JournalState.FAILED && e.problem() != null && !e.problem().isBlank()
                ? state + ": " + e.problem() : state;
        return new ConsoleActionRecord(e.action(), e.updatedAt() != null ? e.updatedAt() : e.createdAt(), outcome);
    }
}
