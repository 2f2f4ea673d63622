package com.pvsconsole.service.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Activity tells the truth about a change: "accepted" is not "done". Against the simulator over
 * HTTP, with its lifecycle slowed enough that STOPPING is seen.
 */
class HonestProgressTest {

    private final SimulatedWorkspace ws = SimulatedWorkspace.start(0.02);
    private final ActionService actions = new ActionService(ws.client(), ws.executor(), Duration.ofMillis(20),
            Duration.ofSeconds(30));

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private List<ActivityEntry> entries(List<ActivityEntry> list, String name, String target) {
        return list.stream().filter(e -> e.name().equals(name) && e.target().equals(target)).toList();
    }

    @Test
    void should_keep_a_stop_running_in_activity_until_the_server_is_shut_off() {
        // given an ACTIVE server
        PvmInstanceReference server = ws.client().listInstances(ws.context(), CancellationToken.none()).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        InstanceTarget target = new InstanceTarget(server.pvmInstanceID(), server.serverName(), server.status());
        boolean[] settled = {false};

        // when it is stopped and the service accepts
        actions.perform(ws.workspaceScope(), InstanceActionKind.STOP, List.of(target), false, new ActionListener() {
            @Override
            public void instanceSettled(String instanceId, String status, boolean error) {
                settled[0] = true;
            }
        });

        // then the Activity entry is running, not succeeded, while the server is still stopping
        assertThat(entries(ws.activity().running(), "Stop", server.serverName())).hasSize(1);
        assertThat(entries(ws.activity().history(), "Stop", server.serverName())).isEmpty();

        // and it succeeds only once the server rests in SHUTOFF
        ws.until(() -> settled[0]);
        assertThat(entries(ws.activity().running(), "Stop", server.serverName())).isEmpty();
        assertThat(entries(ws.activity().history(), "Stop", server.serverName()))
                .extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(ws.client().getInstance(ws.context(), server.pvmInstanceID(), CancellationToken.none()).status())
                .isEqualTo("SHUTOFF");
    }
}
