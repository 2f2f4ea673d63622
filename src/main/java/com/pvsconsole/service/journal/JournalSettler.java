package com.pvsconsole.service.journal;

import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.task.WorkSettled;
import java.util.Comparator;
import java.util.Objects;

/**
 * Moves the newest ACCEPTED journal entry for an object (named by the request or by its answer) to
 * FINISHED or FAILED when the console sees its work settle. Entries in any other state are left alone:
 * a refusal or a reconciled lost answer has already said how it ended.
 */
public final class JournalSettler implements WorkSettled {

    private final ActionJournal journal;

    public JournalSettler(ActionJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public void finished(WorkspaceContext ctx, String objectId) {
        settle(ctx, objectId, null);
    }

    @Override
    public void failed(WorkspaceContext ctx, String objectId, String problem) {
        settle(ctx, objectId, problem == null ? "failed" : problem);
    }

    private void settle(WorkspaceContext ctx, String objectId, String problem) {
        if (objectId == null || ctx == null) {
            return;
        }
        String crn = ctx.crn().format();
        journal.entries().stream()
                .filter(e -> e.state() == JournalState.ACCEPTED && e.target() != null
                        && crn.equals(e.target().crn())
                        && (objectId.equals(e.target().resourceId()) || objectId.equals(e.resultId())))
                .max(Comparator.comparing(JournalEntry::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .ifPresent(e -> {
                    if (problem == null) {
                        journal.finished(e.id());
                    } else {
                        journal.failed(e.id(), problem);
                    }
                });
    }
}
