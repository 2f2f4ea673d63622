package com.pvsconsole.service.journal;

import com.pvsconsole.service.code.CodeAction;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The server of a network interface's entries, from the journal. "Add network to server" sends a
 * create, which names only the network, then an attach (an update naming the server); "remove"
 * sends a detach (an update to no server), then a delete. The attach recorded for the same
 * interface names the server for all of them; without one, the server stays a placeholder.
 * <p>
 * One journal holds every account's entries across runs, and interface ids can come back (the
 * demo's simulator makes the same ids on every run), so an attach counts only in the entry's
 * own account and workspace, and only between the interface's create and its next one.
 */
final class AttachedServer {

    private static final String CREATE = "network-interface-create";
    private static final String UPDATE = "network-interface-update";
    /** Attaches that did not happen: a removal after them still concerns the earlier server. */
    private static final Set<JournalState> NOT_APPLIED = Set.of(JournalState.FAILED, JournalState.NOT_DONE);
    private static final Comparator<JournalEntry> BY_TIME = Comparator.comparing(JournalEntry::createdAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private AttachedServer() {
    }

    /**
     * For a create: the first attach, recorded after it and before the next create of the same id,
     * of the interface it made (its answer's id). A failed attach still names the server the user
     * chose (the console frees the address when the attach is refused).
     */
    static CodeAction.Ref after(JournalEntry create, Collection<JournalEntry> journal) {
        String id = create.resultId();
        Optional<Instant> nextCreate = sameInterface(create, id, journal)
                .filter(e -> CREATE.equals(e.action()) && e != create && isAfter(e.createdAt(), create.createdAt()))
                .map(JournalEntry::createdAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
        return attaches(create, id, journal)
                .filter(e -> !isBefore(e.createdAt(), create.createdAt()))
                .filter(e -> nextCreate.isEmpty() || isBefore(e.createdAt(), nextCreate.get()))
                .min(BY_TIME)
                .map(AttachedServer::server)
                .orElse(JournalCode.UNKNOWN_SERVER);
    }

    /**
     * For a detach or a delete: the last attach that took effect, recorded before it and after the
     * interface's latest create.
     */
    static CodeAction.Ref before(JournalEntry entry, Collection<JournalEntry> journal) {
        String id = entry.target().resourceId();
        Optional<Instant> lastCreate = sameInterface(entry, id, journal)
                .filter(e -> CREATE.equals(e.action()) && !isAfter(e.createdAt(), entry.createdAt()))
                .map(JournalEntry::createdAt).filter(Objects::nonNull).max(Comparator.naturalOrder());
        return attaches(entry, id, journal)
                .filter(e -> e != entry && !isAfter(e.createdAt(), entry.createdAt()))
                .filter(e -> lastCreate.isEmpty() || !isBefore(e.createdAt(), lastCreate.get()))
                .filter(e -> !NOT_APPLIED.contains(e.state()))
                .max(BY_TIME)
                .map(AttachedServer::server)
                .orElse(JournalCode.UNKNOWN_SERVER);
    }

    /** Entries of the same account and workspace about interface {@code id} (its creates by their answer). */
    private static Stream<JournalEntry> sameInterface(JournalEntry entry, String id, Collection<JournalEntry> journal) {
        if (id == null || id.isBlank()) {
            return Stream.empty();
        }
        return journal.stream().filter(e -> Objects.equals(e.account(), entry.account()) && e.target() != null
                && Objects.equals(e.target().crn(), entry.target().crn())
                && (id.equals(e.target().resourceId()) || CREATE.equals(e.action()) && id.equals(e.resultId())));
    }

    private static Stream<JournalEntry> attaches(JournalEntry entry, String id, Collection<JournalEntry> journal) {
        return sameInterface(entry, id, journal).filter(e -> UPDATE.equals(e.action()) && !instanceOf(e).isBlank());
    }

    /** Strictly before; entries without a time are taken either way. */
    private static boolean isBefore(Instant a, Instant b) {
        return a != null && b != null && a.isBefore(b);
    }

    private static boolean isAfter(Instant a, Instant b) {
        return a != null && b != null && a.isAfter(b);
    }

    private static String instanceOf(JournalEntry attach) {
        return attach.body() == null ? "" : attach.body().path("instanceID").asText("");
    }

    private static CodeAction.Ref server(JournalEntry attach) {
        return new CodeAction.Ref(instanceOf(attach), null);
    }
}
