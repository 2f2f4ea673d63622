package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.MutatingRequest;
import com.pvsconsole.api.MutationObserver;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.http.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal around every mutating request of one account's client: an entry is written (forced
 * to disk) before the request is sent, then marked ACCEPTED with the id the answer names, or FAILED
 * with the problem's title. When the answer is lost (reset, timeout, cancelled in flight) nothing is
 * resent: the {@link Reconciler} looks at the service and records DONE, NOT_DONE or UNKNOWN before
 * the failure reaches the caller. Entries an earlier run left unsettled are checked by
 * {@link #reconcileLeftovers()}.
 */
public final class JournalingObserver implements MutationObserver {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingObserver.class);
    private static final Set<ErrorCategory> ANSWER_MAY_BE_LOST = Set.of(ErrorCategory.NETWORK, ErrorCategory.TIMEOUT,
            ErrorCategory.CANCELLED);
    private static final List<String> ID_FIELDS = List.of("pvmInstanceID", "volumeID", "networkID", "imageID",
            "snapshotID", "networkInterfaceID", "cloneTaskID", "id", "name");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = JsonMapper.create();

    private final ActionJournal journal;
    private final String account;
    private final RequestDescriber describer = new RequestDescriber();
    private volatile Reconciler reconciler;

    public JournalingObserver(ActionJournal journal, String account) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.account = Objects.requireNonNull(account, "account");
    }

    /** The client that checks lost answers: the one this observer is installed in (built after it). */
    public JournalingObserver checkWith(PowerVsClient client) {
        this.reconciler = new Reconciler(client, journal);
        return this;
    }

    public ActionJournal journal() {
        return journal;
    }

    @Override
    public Ticket beforeSending(MutatingRequest request) {
        JournalEntry entry;
        try {
            RequestDescriber.Described d = describer.describe(request);
            entry = journal.begin(account, d.action(), d.target(), d.essentials(), d.body());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // A full disk must not stop the user's action; the log says the record is missing.
            LOG.warn("Action journal could not record {} ({})", request.operation(), e.getClass().getSimpleName());
            return Ticket.NONE;
        }
        String id = entry.id();
        return new Ticket() {
            @Override
            public void answered(Object answer) {
                settle(() -> journal.accepted(id, resultId(answer)));
            }

            @Override
            public void failed(PowerVsException failure) {
                settle(() -> settleFailure(id, failure));
            }
        };
    }

    private void settleFailure(String id, PowerVsException failure) {
        if (failure.status().isPresent() && failure.status().getAsInt() / 100 == 2) {
            // Accepted, but the answer could not be read: the change was made.
            journal.accepted(id, null);
            return;
        }
        if (!ANSWER_MAY_BE_LOST.contains(failure.category())) {
            journal.failed(id, failure.summary().title());
            return;
        }
        if (failure.category() == ErrorCategory.CANCELLED) {
            // Cut off by the user (or the console closing) while the service may still be handling it:
            // a check now would see the server as it was and record "not done" for a change the service
            // then makes (a review found a cancelled stop and delete done 20 s later). Left unsettled,
            // it is checked at the next start, like a request the console did not live to see answered.
            journal.answerLost(id, "cancelled on its way: the service may still carry it out; checked at the next start");
            return;
        }
        JournalEntry lost = journal.answerLost(id, "no answer (" + failure.category() + ")");
        Reconciler check = reconciler;
        if (check != null) {
            check.reconcile(lost, CancellationToken.none());
        }
    }

    /** Checks the entries of this account that an earlier run left unsettled; returns those it settled. */
    public List<JournalEntry> reconcileLeftovers() {
        Reconciler check = reconciler;
        List<JournalEntry> left = journal.leftUnsettled(account);
        if (check == null || left.isEmpty()) {
            return List.of();
        }
        LOG.info("Action journal: checking {} request(s) left unsettled by an earlier run", left.size());
        return left.stream().map(e -> check.reconcile(e, CancellationToken.none())).flatMap(java.util.Optional::stream)
                .toList();
    }

    private static void settle(Runnable write) {
        try {
            write.run();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            LOG.warn("Action journal could not record an outcome ({})", e.getClass().getSimpleName());
        }
    }

    /** The id the answer names (a created object's), if it has one. */
    private static String resultId(Object answer) {
        if (answer == null) {
            return null;
        }
        JsonNode node = JSON.valueToTree(answer);
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        for (String field : ID_FIELDS) {
            if (node.hasNonNull(field) && node.get(field).isValueNode()) {
                return node.get(field).asText();
            }
        }
        return null;
    }
}
