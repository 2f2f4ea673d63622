package com.pvsconsole.service.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stock image import against the simulator is timed while it runs and learnt when it is active. */
class TimedImportTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.01);

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void should_time_an_import_and_learn_it_once_active() {
        // given a workspace and no history
        ws.open();
        Transitions transitions = Transitions.untracked(Clock.systemUTC());
        ImageService images = new ImageService(ws.client(), new WorkspaceTasks(ws.executor()), Duration.ofMillis(20),
                Duration.ofSeconds(30), transitions);
        String stock = ws.client().listStockImages(ws.context(), CancellationToken.none()).get(0).imageID();
        boolean[] active = {false};

        // when a stock image is imported
        images.importFromStock(ws.scope().get(), stock, "timed-copy", (f, s) -> { })
                .onSuccess(image -> active[0] = true);
        boolean timedWhileRunning = !transitions.running().isEmpty()
                && transitions.running().get(0).kind() == TransitionHistory.Kind.IMPORT;
        ws.until(() -> active[0]);

        // then it was timed as an import in the workspace's zone, and its duration is learnt
        assertThat(timedWhileRunning).isTrue();
        assertThat(transitions.running()).isEmpty();
        assertThat(transitions.history().estimate(ws.context().crn().location(), TransitionHistory.Kind.IMPORT))
                .hasValueSatisfying(e -> assertThat(e.samples()).isEqualTo(1));
    }
}
