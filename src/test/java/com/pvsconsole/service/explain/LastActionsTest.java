package com.pvsconsole.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.journal.ActionJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last action on a server, read from the action journal without writing to it. */
class LastActionsTest {

    private static final CodeTarget TARGET = new CodeTarget(RegionEndpoint.publicEndpoint("us-south"),
            Crn.of("dal10", "acct", "ws-1"), "prod");

    @TempDir
    Path state;

    private static CodeAction power(String id, InstanceAction action) {
        return new CodeAction.InstancePower(new CodeAction.Ref(id, "web-" + id), action);
    }

    @Test
    void should_find_the_newest_entry_for_the_server_with_how_it_ended() {
        // given a journal where vm-1 was stopped, then started (which failed), and vm-2 was stopped later
        ActionJournal journal = ActionJournal.open(state, Clock.offset(Clock.fixed(Instant.parse(
                "2026-11-30T10:00:00Z"), ZoneOffset.UTC), Duration.ZERO), ActionJournal.DEFAULT_MAX_BYTES);
        journal.finished(journal.begin("acct", TARGET, power("vm-1", InstanceAction.STOP)).id());
        ActionJournal later = ActionJournal.open(state, Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"),
                ZoneOffset.UTC), ActionJournal.DEFAULT_MAX_BYTES);
        later.failed(later.begin("acct", TARGET, power("vm-1", InstanceAction.START)).id(),
                "Conflict: the server is busy");
        later.begin("acct", TARGET, power("vm-2", InstanceAction.STOP));

        // when Explain asks for vm-1's last action, and for a server never touched
        LastActions last = LastActions.from(later);

        // then it is the failed start, with the problem; the other has none
        ConsoleActionRecord record = last.lastOn("vm-1").orElseThrow();
        assertThat(record.action()).containsIgnoringCase("start");
        assertThat(record.outcome()).isEqualTo("failed: Conflict: the server is busy");
        assertThat(record.at()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(last.lastOn("vm-9")).isEmpty();
    }
}
