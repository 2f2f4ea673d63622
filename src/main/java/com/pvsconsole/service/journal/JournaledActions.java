package com.pvsconsole.service.journal;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a mutating request under the journal: written before it is sent, updated as it settles. When
 * the answer is lost (timeout, reset) the request is never sent again; the {@link Reconciler}
 * looks whether it took effect and records DONE or NOT_DONE.
 */
public final class JournaledActions {

    /** Failures after which the request may or may not have reached the service. */
    private static final Set<ErrorCategory> ANSWER_MAY_BE_LOST = Set.of(ErrorCategory.NETWORK, ErrorCategory.TIMEOUT);

    private final ActionJournal journal;
    private final Reconciler reconciler;

    public JournaledActions(ActionJournal journal, Reconciler reconciler) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    /** What happened: the settled entry and, when the service answered, its answer. */
    public record Outcome<T>(JournalEntry entry, Optional<T> answer) {

        /** True when the change was made, whether or not its answer arrived. */
        public boolean madeIt() {
            return answer.isPresent() || entry.state() == JournalState.DONE;
        }
    }

    /**
     * Sends {@code action} through {@code send} once. {@code resultId} names the object in the answer
     * (e.g. a created server's id; may return null). A refusal is recorded and rethrown; a lost answer
     * is reconciled and reported in the outcome instead of thrown.
     */
    public <T> Outcome<T> run(String account, CodeTarget target, CodeAction action,
            Function<CancellationToken, T> send, Function<T, String> resultId, CancellationToken cancel) {
        JournalEntry entry = journal.begin(account, target, action);
        T answer;
        try {
            answer = send.apply(cancel);
        } catch (PowerVsException e) {
            if (ANSWER_MAY_BE_LOST.contains(e.category())) {
                JournalEntry lost = journal.answerLost(entry.id(), "no answer (" + e.category() + ")");
                JournalEntry checked = reconciler.reconcile(lost, CancellationToken.none()).orElse(lost);
                return new Outcome<>(checked, Optional.empty());
            }
            journal.failed(entry.id(), e.summary().title());
            throw e;
        }
        String id = answer == null || resultId == null ? null : resultId.apply(answer);
        return new Outcome<>(journal.accepted(entry.id(), id), Optional.ofNullable(answer));
    }
}
