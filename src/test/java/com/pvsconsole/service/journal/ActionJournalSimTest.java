package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstanceAddNetwork;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file against the simulator: restarts and damaged lines (lost answers and secrets: JournaledClientSimTest). */
class ActionJournalSimTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private SimulatedWorkspace sim;
    private WorkspaceContext ctx;
    private CodeTarget target;

    @TempDir
    Path state;

    @BeforeEach
    void start() {
        sim = SimulatedWorkspace.start(1000);
        ctx = sim.context();
        target = CodeTarget.of(ctx, sim.workspace().name());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CodeAction.CreateInstance createServer(String name, String userData) {
        String image = sim.direct().listImages(ctx, NONE).get(0).imageID();
        String network = sim.direct().listNetworks(ctx, NONE).get(0).networkID();
        return new CodeAction.CreateInstance(PvmInstanceCreate.builder().serverName(name).imageID(image)
                .processors(0.25).procType("shared").memory(2.0).sysType("s922")
                .networks(List.of(new PvmInstanceAddNetwork(null, network, null))).userData(userData).build());
    }

    @Test
    void should_resolve_entries_left_unsettled_by_a_crash_at_the_next_start() {
        // given a journal that wrote two creates and then stopped; only one reached the service
        ActionJournal before = ActionJournal.open(state);
        CodeAction.CreateInstance reached = createServer("journal-reached", null);
        CodeAction.CreateInstance lost = createServer("journal-lost", null);
        JournalEntry reachedEntry = before.begin("demo account", target, reached);
        JournalEntry lostEntry = before.begin("demo account", target, lost);
        sim.direct().createInstance(ctx, reached.request(), NONE);

        // when the console starts again
        ActionJournal after = ActionJournal.open(state);
        assertThat(after.unsettled()).hasSize(2);
        new Reconciler(sim.client(), after).reconcileAll(NONE);

        // then each is settled by what the service shows
        assertThat(after.get(reachedEntry.id()).orElseThrow().state()).isEqualTo(JournalState.DONE);
        assertThat(after.get(lostEntry.id()).orElseThrow().state()).isEqualTo(JournalState.NOT_DONE);
        assertThat(ActionJournal.open(state).unsettled()).isEmpty();
    }

    @Test
    void should_skip_damaged_and_cut_lines_and_keep_the_others() throws Exception {
        ActionJournal journal = ActionJournal.open(state);
        JournalEntry first = journal.begin("demo account", target, createServer("one", null));
        journal.accepted(first.id(), "id-1");
        Path file = state.resolve(ActionJournal.FILE_NAME);
        Files.writeString(file, "this is not json\n{\"id\":\"cut-in-the-mid", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        ActionJournal reopened = ActionJournal.open(state);

        assertThat(reopened.skippedLines()).isEqualTo(2);
        assertThat(reopened.entries()).extracting(JournalEntry::id).containsExactly(first.id());
        assertThat(reopened.get(first.id()).orElseThrow().state()).isEqualTo(JournalState.ACCEPTED);
        // and it keeps working after the damage
        JournalEntry second = reopened.begin("demo account", target, createServer("two", null));
        assertThat(ActionJournal.open(state).get(second.id())).isPresent();
    }
}
