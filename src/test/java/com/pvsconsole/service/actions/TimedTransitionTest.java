package com.pvsconsole.service.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop against the simulator over HTTP, timed against a seeded history: the Activity entry shows
 * elapsed time and the estimate while it runs, and the run joins the history when it settles.
 */
class TimedTransitionTest {

    @TempDir
    Path cache;

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.02);

    @AfterEach
    void tearDown() {
        ws.close();
    }

    @Test
    void should_show_the_estimate_in_activity_and_learn_the_stop_when_it_settles() throws Exception {
        // given stops in this workspace's zone usually take 45 s (seeded history), and an ACTIVE server
        String zone = ws.context().crn().location();
        Files.writeString(cache.resolve(TransitionHistory.FILE_NAME),
                "{\"version\":1,\"seconds\":{\"" + zone + "|STOP\":[40,45,50]}}");
        Transitions transitions = new Transitions(TransitionHistory.open(cache), Clock.systemUTC());
        ActionService actions = new ActionService(ws.client(), ws.executor(), Duration.ofMillis(20),
                Duration.ofSeconds(30), transitions);
        PvmInstanceReference server = ws.client().listInstances(ws.context(), CancellationToken.none()).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        List<String> progress = new ArrayList<>();
        ws.activity().addListener(() -> ws.activity().running().stream()
                .filter(e -> e.name().equals("Stop")).map(ActivityEntry::progressMessage).forEach(progress::add));
        boolean[] settled = {false};

        // when it is stopped
        actions.perform(ws.workspaceScope(), InstanceActionKind.STOP, List.of(new InstanceTarget(server.pvmInstanceID(),
                server.serverName(), server.status())), false, new ActionListener() {
            @Override
            public void instanceSettled(String instanceId, String status, boolean error) {
                settled[0] = true;
            }
        });
        assertThat(transitions.running(server.pvmInstanceID())).isPresent();
        ws.until(() -> settled[0]);

        // then the running entry showed the elapsed time against the usual 45 s
        assertThat(progress).anyMatch(p -> p.contains("STOP running") && p.contains("usually 45 s here (3 runs)"));
        // and the settled stop is learnt: four runs now, kept in the cache folder
        assertThat(transitions.running()).isEmpty();
        assertThat(TransitionHistory.open(cache).estimate(zone, TransitionHistory.Kind.STOP).orElseThrow().samples())
                .isEqualTo(4);
    }
}
