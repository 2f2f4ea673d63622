package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionJournalRotationTest {

    private static final CodeTarget TARGET = new CodeTarget(RegionEndpoint.publicEndpoint("lon"),
            Crn.of("lon04", "acct", "ws-1"), "prod");

    @TempDir
    Path state;

    /** A clock that moves one second per read, so entries have distinct times. */
    private static Clock ticking() {
        Instant[] now = {Instant.parse("2026-11-30T10:00:00Z")};
        return new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                now[0] = now[0].plus(Duration.ofSeconds(1));
                return now[0];
            }
        };
    }

    private static CodeAction stop(int i) {
        return new CodeAction.InstancePower(new CodeAction.Ref("vm-" + i, "web-" + i), InstanceAction.STOP);
    }

    @Test
    void should_rotate_past_its_size_keeping_the_newest_and_every_unsettled_entry() throws Exception {
        ActionJournal journal = ActionJournal.open(state, ticking(), 4_000, 5);
        JournalEntry oldUnsettled = journal.begin("acct", TARGET, stop(0));
        for (int i = 1; i <= 40; i++) {
            journal.finished(journal.begin("acct", TARGET, stop(i)).id());
        }

        ActionJournal reopened = ActionJournal.open(state);

        assertThat(Files.size(state.resolve(ActionJournal.FILE_NAME))).isLessThan(4_000 + 1_000);
        assertThat(Files.exists(state.resolve(ActionJournal.OLD_FILE_NAME))).isTrue();
        try (var files = Files.list(state)) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(reopened.get(oldUnsettled.id())).isPresent();
        assertThat(reopened.entries().get(0).target().resourceName()).isEqualTo("web-40");
        assertThat(reopened.entries().size()).isLessThan(41);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(ActionJournal.FILE_NAME))))
                .isEqualTo("rw-------");
    }
}
