package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.pvsconsole.service.code.CodeAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which server an interface's create, detach and delete entries belong to, read from the attaches around them. */
class AttachedServerTest {

    private static final String NIC = "nic-7";
    private static final Instant T0 = Instant.parse("2026-12-01T04:00:00Z");

    private static JournalEntry entry(String id, String action, String resourceId, String resultId, int minute,
                                      String instanceId) {
        JournalTarget target = new JournalTarget("dal10", "PUBLIC", "crn:v1:bluemix:public:power-iaas:dal10:a/1:ws-1::",
                "ws-1", "network-interface", resourceId, null);
        var body = instanceId == null ? null : JsonNodeFactory.instance.objectNode().put("instanceID", instanceId);
        return new JournalEntry(id, "Prod", action, target, Map.of(), JournalState.ACCEPTED, null, resultId,
                T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute), body);
    }

    @Test
    void should_name_the_server_of_the_attach_around_each_entry() {
        // given an interface created, attached to A, detached, attached to B, detached and deleted,
        // beside an earlier attach of another interface to C
        JournalEntry other = entry("e0", "network-interface-update", "nic-other", null, 0, "server-c");
        JournalEntry create = entry("e1", "network-interface-create", null, NIC, 1, null);
        JournalEntry attachA = entry("e2", "network-interface-update", NIC, NIC, 2, "server-a");
        JournalEntry detachA = entry("e3", "network-interface-update", NIC, NIC, 3, "");
        JournalEntry attachB = entry("e4", "network-interface-update", NIC, NIC, 4, "server-b");
        JournalEntry detachB = entry("e5", "network-interface-update", NIC, NIC, 5, "");
        JournalEntry delete = entry("e6", "network-interface-delete", NIC, NIC, 6, null);
        List<JournalEntry> journal = List.of(delete, detachB, attachB, detachA, attachA, create, other);

        // then the create belongs to its first attach, each removal to the last attach before it
        assertThat(AttachedServer.after(create, journal).id()).isEqualTo("server-a");
        assertThat(AttachedServer.before(detachA, journal).id()).isEqualTo("server-a");
        assertThat(AttachedServer.before(detachB, journal).id()).isEqualTo("server-b");
        assertThat(AttachedServer.before(delete, journal).id()).isEqualTo("server-b");
    }

    @Test
    void should_leave_the_placeholder_when_the_journal_has_no_attach_for_the_interface() {
        JournalEntry create = entry("e1", "network-interface-create", null, NIC, 1, null);
        JournalEntry detach = entry("e2", "network-interface-update", NIC, NIC, 2, "");
        JournalEntry laterAttach = entry("e3", "network-interface-update", NIC, NIC, 3, "server-a");

        assertThat(AttachedServer.after(create, List.of(create, detach))).isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.before(detach, List.of(create, detach, laterAttach)))
                .isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.after(create, List.of())).isInstanceOf(CodeAction.Ref.class)
                .isEqualTo(JournalCode.UNKNOWN_SERVER);
    }
}
