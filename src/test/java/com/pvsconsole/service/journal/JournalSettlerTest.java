package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Which journal entry a settled piece of work marks, and how. */
class JournalSettlerTest {

    private static final WorkspaceContext LON = new WorkspaceContext(RegionEndpoint.publicEndpoint("lon"),
            Crn.of("lon04", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "7d9e1c4a-5b2f-4e8a-9c1d-3f6b8a2e4c70"));
    private static final WorkspaceContext DAL = new WorkspaceContext(RegionEndpoint.publicEndpoint("us-south"),
            Crn.of("dal10", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "11111111-2222-4333-8444-555555555555"));

    private final ActionJournal journal = ActionJournal.inMemory(Clock.systemUTC());
    private final JournalSettler settler = new JournalSettler(journal);

    private JournalEntry stop(WorkspaceContext ctx, String serverId) {
        return journal.begin("ops", CodeTarget.of(ctx, "ws"), new CodeAction.InstancePower(
                new CodeAction.Ref(serverId, "web-01"), InstanceAction.STOP));
    }

    @Test
    void should_mark_the_accepted_entry_failed_with_the_problem_and_leave_other_workspaces_alone() {
        // given the same server id stopped in two workspaces, both accepted
        JournalEntry here = journal.accepted(stop(LON, "srv-1").id(), null);
        JournalEntry there = journal.accepted(stop(DAL, "srv-1").id(), null);

        // when the London server went to ERROR
        settler.failed(LON, "srv-1", "web-01 went to ERROR");

        // then only the London entry failed, with the words the user saw
        assertThat(journal.get(here.id()).orElseThrow().state()).isEqualTo(JournalState.FAILED);
        assertThat(journal.get(here.id()).orElseThrow().problem()).isEqualTo("web-01 went to ERROR");
        assertThat(journal.get(there.id()).orElseThrow().state()).isEqualTo(JournalState.ACCEPTED);
    }

    @Test
    void should_leave_entries_that_already_said_how_they_ended() {
        // given a refused stop and one whose answer was lost
        JournalEntry refused = journal.failed(stop(LON, "srv-2").id(), "409 already stopped");
        JournalEntry lost = journal.answerLost(stop(LON, "srv-3").id(), "reset");

        // when the console sees both servers settle
        settler.finished(LON, "srv-2");
        settler.finished(LON, "srv-3");

        // then neither is rewritten
        assertThat(journal.get(refused.id()).orElseThrow().state()).isEqualTo(JournalState.FAILED);
        assertThat(journal.get(lost.id()).orElseThrow().state()).isEqualTo(JournalState.ANSWER_LOST);
    }
}
