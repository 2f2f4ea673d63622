package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which server an interface's create, detach and delete entries belong to, read from the attaches around them. */
class AttachedServerTest {

    private static final String NIC = "nic-7";
    private static final String WS_A = "crn:v1:bluemix:public:power-iaas:dal10:a/1:ws-a::";
    private static final String WS_B = "crn:v1:bluemix:public:power-iaas:dal10:a/1:ws-b::";
    private static final Instant T0 = Instant.parse("2026-12-01T04:00:00Z");

    private static int next;

    /** An entry of account Prod in workspace A, recorded {@code minute} minutes after T0. */
    private static JournalEntry entry(String action, int minute, String instanceId) {
        return entry("Prod", WS_A, action, minute, instanceId, JournalState.ACCEPTED);
    }

    private static JournalEntry entry(String account, String crn, String action, int minute, String instanceId,
                                      JournalState state) {
        boolean create = action.equals("network-interface-create");
        JournalTarget target = new JournalTarget("dal10", "PUBLIC", crn, "ws", "network-interface",
                create ? null : NIC, null);
        var body = instanceId == null ? null : JsonNodeFactory.instance.objectNode().put("instanceID", instanceId);
        return new JournalEntry("e" + next++, account, action, target, Map.of(), state, null, NIC,
                T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute), body);
    }

    @Test
    void should_name_the_server_of_the_attach_around_each_entry() {
        // given an interface created, attached to A, detached, attached to B, detached and deleted,
        // beside an earlier attach of another interface to C
        JournalEntry create = entry("network-interface-create", 1, null);
        JournalEntry attachA = entry("network-interface-update", 2, "server-a");
        JournalEntry detachA = entry("network-interface-update", 3, "");
        JournalEntry attachB = entry("network-interface-update", 4, "server-b");
        JournalEntry detachB = entry("network-interface-update", 5, "");
        JournalEntry delete = entry("network-interface-delete", 6, null);
        List<JournalEntry> journal = List.of(delete, detachB, attachB, detachA, attachA, create);

        // then the create belongs to its first attach, each removal to the last attach before it
        assertThat(AttachedServer.after(create, journal).id()).isEqualTo("server-a");
        assertThat(AttachedServer.before(detachA, journal).id()).isEqualTo("server-a");
        assertThat(AttachedServer.before(detachB, journal).id()).isEqualTo("server-b");
        assertThat(AttachedServer.before(delete, journal).id()).isEqualTo("server-b");
    }

    @Test
    void should_leave_the_placeholder_when_the_journal_has_no_attach_for_the_interface() {
        JournalEntry create = entry("network-interface-create", 1, null);
        JournalEntry detach = entry("network-interface-update", 2, "");
        JournalEntry laterAttach = entry("network-interface-update", 3, "server-a");

        assertThat(AttachedServer.after(create, List.of(create, detach))).isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.before(detach, List.of(create, detach, laterAttach)))
                .isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.after(create, List.of())).isEqualTo(JournalCode.UNKNOWN_SERVER);
    }

    @Test
    void should_take_no_attach_of_another_account_or_workspace_with_the_same_interface_id() {
        // given the same interface id attached in another account and in another workspace (the
        // demo's simulator makes the same ids on every run; the journal keeps every account's entries)
        JournalEntry create = entry("network-interface-create", 1, null);
        JournalEntry otherAccount = entry("Test", WS_A, "network-interface-update", 2, "server-x", JournalState.ACCEPTED);
        JournalEntry otherWorkspace = entry("Prod", WS_B, "network-interface-update", 3, "server-y",
                JournalState.ACCEPTED);
        JournalEntry detach = entry("network-interface-update", 4, "");
        List<JournalEntry> journal = List.of(create, otherAccount, otherWorkspace, detach);

        // then neither names the server
        assertThat(AttachedServer.after(create, journal)).isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.before(detach, journal)).isEqualTo(JournalCode.UNKNOWN_SERVER);
    }

    @Test
    void should_keep_the_server_a_failed_attach_did_not_replace() {
        // given an attach to A, an attach to B the service refused, then a detach
        JournalEntry attachA = entry("network-interface-update", 1, "server-a");
        JournalEntry refusedB = entry("Prod", WS_A, "network-interface-update", 2, "server-b", JournalState.FAILED);
        JournalEntry detach = entry("network-interface-update", 3, "");

        // then the detach took the interface off A
        assertThat(AttachedServer.before(detach, List.of(attachA, refusedB, detach)).id()).isEqualTo("server-a");
    }

    @Test
    void should_not_reach_across_a_later_create_of_the_same_interface_id() {
        // given a create whose attach was never recorded, then the same id created again and attached
        JournalEntry firstCreate = entry("network-interface-create", 1, null);
        JournalEntry secondCreate = entry("network-interface-create", 5, null);
        JournalEntry secondAttach = entry("network-interface-update", 6, "server-b");
        JournalEntry firstAttachBefore = entry("network-interface-update", 0, "server-z");
        JournalEntry detach = entry("network-interface-update", 7, "");
        List<JournalEntry> journal = List.of(firstAttachBefore, firstCreate, secondCreate, secondAttach, detach);

        // then the first create names no server, the second names its own, and the detach ignores
        // attaches older than the latest create
        assertThat(AttachedServer.after(firstCreate, journal)).isEqualTo(JournalCode.UNKNOWN_SERVER);
        assertThat(AttachedServer.after(secondCreate, journal).id()).isEqualTo("server-b");
        assertThat(AttachedServer.before(detach, List.of(firstAttachBefore, secondCreate, detach)))
                .isEqualTo(JournalCode.UNKNOWN_SERVER);
    }
}
