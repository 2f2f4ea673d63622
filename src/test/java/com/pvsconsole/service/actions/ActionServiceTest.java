package com.pvsconsole.service.actions;

import static com.pvsconsole.service.support.Fixtures.instance;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.Fixtures;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionServiceTest {

    private final WorkspaceScope scope = new WorkspaceScope(Fixtures.ACCOUNT, new RegionEndpoint("us-south",
            EndpointType.PUBLIC), "ws-1", "ws", "dal10", Crn.of("dal10", Fixtures.ACCOUNT, "ws-1"));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> events = new ArrayList<>();
    private final List<BulkResult> results = new ArrayList<>();

    private final ActionListener recorder = new ActionListener() {
        @Override
        public void instanceBusy(String instanceId, InstanceActionKind kind) {
            events.add("busy " + instanceId);
        }

        @Override
        public void instanceSettled(String instanceId, String status, boolean error) {
            events.add("settled " + instanceId + " " + status + (error ? " error" : ""));
        }

        @Override
        public void actionFinished(BulkResult result) {
            results.add(result);
        }
    };

    /**
     * Stops instance "a", answers 409 for "b" (really SHUTOFF unless {@code statusOfB} says
     * otherwise), and walks "a" through the states queued.
     */
    private static final class StoppingClient extends UnsupportedClient {
        final Deque<String> statesOfA = new ArrayDeque<>();
        String statusOfB = "SHUTOFF";

        @Override
        public void performInstanceAction(WorkspaceContext ctx, String instanceId, InstanceAction action,
                                          CancellationToken cancel) {
            if (instanceId.equals("b")) {
                throw Fixtures.httpError(409, "conflict");
            }
        }

        @Override
        public PvmInstance getInstance(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
            if (instanceId.equals("b")) {
                return instance("b", "b", statusOfB);
            }
            return instance(instanceId, instanceId, statesOfA.isEmpty() ? "SHUTOFF" : statesOfA.poll());
        }
    }

    @Test
    void should_report_per_instance_results_with_409_as_skip_and_follow_until_settled() {
        StoppingClient client = new StoppingClient();
        client.statesOfA.add("ACTIVE");
        client.statesOfA.add("STOPPING");
        ActionService service = new ActionService(client, executor, Duration.ofMillis(100), Duration.ofSeconds(10));

        service.perform(scope, InstanceActionKind.STOP, List.of(
                new InstanceTarget("a", "a", "ACTIVE"),
                new InstanceTarget("b", "b", "ACTIVE"),
                new InstanceTarget("c", "c", "SHUTOFF")), false, recorder);
        while (executor.runScheduled() > 0) {
            // each poll schedules the next until the instance settles
        }

        assertThat(results).hasSize(1);
        assertThat(results.get(0).results()).extracting(InstanceResult::outcome).containsExactly(
                InstanceResult.Outcome.ACCEPTED, InstanceResult.Outcome.SKIPPED, InstanceResult.Outcome.NOT_ALLOWED);
        // b's row takes the status read after the 409, not the stale ACTIVE it was stopped from
        assertThat(events).containsExactly("busy a", "busy b", "settled b SHUTOFF", "settled a SHUTOFF");
    }

    @Test
    void should_report_a_409_as_the_failure_it_is_when_the_server_is_not_in_that_state() {
        // given a stop answered 409 while the server is still ACTIVE (a conflict, not "already stopped")
        StoppingClient client = new StoppingClient();
        client.statusOfB = "ACTIVE";
        ActionService service = new ActionService(client, executor, Duration.ofMillis(100), Duration.ofSeconds(10));

        // when the stop is sent
        service.perform(scope, InstanceActionKind.STOP, List.of(new InstanceTarget("b", "b", "ACTIVE")), false,
                recorder);

        // then it failed, with the service's answer for the banner
        InstanceResult result = results.get(0).results().get(0);
        assertThat(result.outcome()).isEqualTo(InstanceResult.Outcome.FAILED);
        assertThat(result.problem().status()).isEqualTo(409);
    }

    @Test
    void should_report_a_409_on_a_reboot_as_a_failure() {
        // a reboot has no "already in that state": its 409 is a conflict (FAULTS-AND-SEMANTICS row 40 is start/stop)
        StoppingClient client = new StoppingClient();
        ActionService service = new ActionService(client, executor, Duration.ofMillis(100), Duration.ofSeconds(10));

        service.perform(scope, InstanceActionKind.SOFT_REBOOT, List.of(new InstanceTarget("b", "b", "ACTIVE")), false,
                recorder);

        assertThat(results.get(0).results()).extracting(InstanceResult::outcome)
                .containsExactly(InstanceResult.Outcome.FAILED);
    }

    @Test
    void should_flag_error_at_the_first_poll_that_sees_it() {
        StoppingClient client = new StoppingClient();
        client.statesOfA.add("ERROR");
        ActionService service = new ActionService(client, executor, Duration.ofMillis(100), Duration.ofSeconds(10));

        service.perform(scope, InstanceActionKind.STOP, List.of(new InstanceTarget("a", "a", "ACTIVE")), false, recorder);
        int polls = executor.runScheduled();

        assertThat(polls).isEqualTo(1);
        assertThat(events).containsExactly("busy a", "settled a ERROR error");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_end_a_request_the_user_cancels_in_activity_as_cancelled_and_leave_the_row_as_it_was() {
        // given a stop whose request is still on its way when the user presses Cancel in Activity
        ActivityLog activity = new ActivityLog(java.time.Clock.systemUTC(), 10);
        CurrentThreadTaskExecutor observed = new CurrentThreadTaskExecutor(activity);
        boolean[] sawCancel = {false};
        UnsupportedClient slow = new UnsupportedClient() {
            @Override
            public void performInstanceAction(WorkspaceContext ctx, String instanceId, InstanceAction action,
                                              CancellationToken cancel) {
                ActivityEntry request = activity.running().get(0);
                assertThat(request.cancellable()).as("the request offers Cancel while it runs").isTrue();
                activity.cancel(request.id());
                sawCancel[0] = cancel.isCancelled();
                throw new IllegalStateException("cut off"); // what OkHttp does with a cancelled call
            }
        };
        ActionService service = new ActionService(slow, observed, Duration.ofMillis(100), Duration.ofSeconds(10));

        // when
        service.perform(scope, InstanceActionKind.STOP, List.of(new InstanceTarget("a", "a", "ACTIVE")), false, recorder);

        // then the call was told, one result says cancelled (not failed, not accepted), nothing is followed
        assertThat(sawCancel[0]).isTrue();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.results()).extracting(InstanceResult::outcome)
                .containsExactly(InstanceResult.Outcome.CANCELLED));
        assertThat(events).containsExactly("busy a", "settled a ACTIVE");
        assertThat(observed.pendingScheduled()).as("no follow-up poll").isZero();
        // and Activity keeps it, though the request was quiet
        assertThat(activity.running()).isEmpty();
        assertThat(activity.history()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Stop");
            assertThat(e.outcome()).isEqualTo(com.pvsconsole.service.task.TaskOutcome.CANCELLED);
        });
    }
}
