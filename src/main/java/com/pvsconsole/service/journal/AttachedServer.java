package com.pvsconsole.service.journal;

import com.pvsconsole.service.code.CodeAction;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The server of a network interface's entries, from the journal. "Add network to server" sends a
 * create, which names only the network, then an attach (an update naming the server); "remove"
 * sends a detach (an update to no server), then a delete. The attach recorded for the same
 * interface names the server for all of them; without one, the server stays a placeholder.
 */
final class AttachedServer {

    private static final String UPDATE = "network-interface-update";
    private static final Comparator<JournalEntry> BY_TIME = Comparator.comparing(JournalEntry::createdAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private AttachedServer() {
    }

    /** For a create: the first attach, recorded after it, of the interface it made (its answer's id). */
    static CodeAction.Ref after(JournalEntry create, Collection<JournalEntry> journal) {
        return attachesOf(create.resultId(), journal)
                .filter(recorded(create.createdAt(), false))
                .min(BY_TIME)
                .map(AttachedServer::server)
                .orElse(JournalCode.UNKNOWN_SERVER);
    }

    /** For a detach or a delete: the last attach of that interface recorded before it. */
    static CodeAction.Ref before(JournalEntry entry, Collection<JournalEntry> journal) {
        return attachesOf(entry.target().resourceId(), journal)
                .filter(recorded(entry.createdAt(), true))
                .max(BY_TIME)
                .map(AttachedServer::server)
                .orElse(JournalCode.UNKNOWN_SERVER);
    }

    private static Stream<JournalEntry> attachesOf(String interfaceId, Collection<JournalEntry> journal) {
        if (interfaceId == null || interfaceId.isBlank()) {
            return Stream.empty();
        }
        return journal.stream().filter(e -> UPDATE.equals(e.action()) && e.target() != null
                && interfaceId.equals(e.target().resourceId()) && !instanceOf(e).isBlank());
    }

    /** Recorded before (or after) {@code at}; entries without a time are taken either way. */
    private static Predicate<JournalEntry> recorded(Instant at, boolean before) {
        return e -> at == null || e.createdAt() == null || (before ? !e.createdAt().isAfter(at) : !e.createdAt().isBefore(at));
    }

    private static String instanceOf(JournalEntry attach) {
        return attach.body() == null ? "" : attach.body().path("instanceID").asText("");
    }

    private static CodeAction.Ref server(JournalEntry attach) {
        return new CodeAction.Ref(instanceOf(attach), null);
    }
}
