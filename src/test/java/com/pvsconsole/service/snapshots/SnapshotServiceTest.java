package com.pvsconsole.service.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotServiceTest {

    private static final WorkspaceContext CTX = WorkspaceContext.of("us-south", EndpointType.PUBLIC,
            Crn.of("dal10", "acct", "ws-1"));

    private final ScriptedClient client = new ScriptedClient();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final SnapshotService service = new SnapshotService(client, executor, Duration.ofSeconds(5),
            Duration.ofSeconds(20));
    private final List<Problem> problems = new ArrayList<>();

    private static Snapshot snapshot(String id, String status) {
        return new Snapshot("snapshot", null, null, "", null, "before-patch", 0L, "vm-1", id, status, null,
                Map.of("vol-1", "copy-1"));
    }

    /** Answers from scripts and remembers what it was asked. */
    private static final class ScriptedClient extends UnsupportedClient {
        final Deque<Object> gets = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        SnapshotRestore lastRestore;

        @Override
        public List<Snapshot> listInstanceSnapshots(WorkspaceContext ctx, String instanceId, CancellationToken cancel) {
            calls.add("listInstanceSnapshots " + instanceId);
            return List.of(snapshot("s-1", "available"));
        }

        @Override
        public List<Snapshot> listSnapshots(WorkspaceContext ctx, CancellationToken cancel) {
            calls.add("listSnapshots");
            return List.of();
        }

        @Override
        public SnapshotCreateResponse createSnapshot(WorkspaceContext ctx, String instanceId, SnapshotCreate request,
                CancellationToken cancel) {
            calls.add("createSnapshot " + instanceId + " " + request.name());
            return new SnapshotCreateResponse(null, "s-1", null);
        }

        @Override
        public Snapshot restoreSnapshot(WorkspaceContext ctx, String instanceId, String snapshotId,
                SnapshotRestore request, CancellationToken cancel) {
            calls.add("restoreSnapshot " + instanceId + " " + snapshotId);
            lastRestore = request;
            return snapshot(snapshotId, "restoring");
        }

        @Override
        public Snapshot getSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
            Object next = gets.pop();
            if (next instanceof PowerVsException e) {
                throw e;
            }
            return (Snapshot) next;
        }
    }

    @Test
    void should_list_per_instance_or_per_workspace() {
        List<Snapshot> loaded = new ArrayList<>();

        service.list(CTX, "vm-1").onSuccess(loaded::addAll).onFailure(problems::add);
        service.list(CTX, null).onSuccess(loaded::addAll).onFailure(problems::add);

        assertThat(client.calls).containsExactly("listInstanceSnapshots vm-1", "listSnapshots");
        assertThat(loaded).extracting(Snapshot::snapshotID).containsExactly("s-1");
        assertThat(problems).isEmpty();
    }

    @Test
    void should_take_a_snapshot_and_follow_it_until_available() {
        List<String> seen = new ArrayList<>();
        client.gets.add(snapshot("s-1", "creating"));
        client.gets.add(snapshot("s-1", "available"));

        service.create(CTX, "vm-1", "aix-01", SnapshotCreate.builder().name("before-patch").build())
                .onSuccess(created -> service.follow(CTX, created.snapshotID(), s -> seen.add(s.status()),
                        () -> seen.add("gone")))
                .onFailure(problems::add);
        executor.runScheduled();
        executor.runScheduled();

        assertThat(client.calls).containsExactly("createSnapshot vm-1 before-patch");
        assertThat(seen).containsExactly("creating", "available");
        assertThat(executor.pendingScheduled()).as("stops once it rests").isZero();
    }

    @Test
    void should_report_a_snapshot_that_disappears_while_followed() {
        List<String> seen = new ArrayList<>();
        client.gets.add(PowerVsException.builder(ErrorCategory.NOT_FOUND, new ApiOperation("GET", "/x"), "status.404")
                .status(404).build());

        service.follow(CTX, "s-1", s -> seen.add(s.status()), () -> seen.add("gone"));
        executor.runScheduled();

        assertThat(seen).containsExactly("gone");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_restore_with_force_only_when_asked() {
        List<String> started = new ArrayList<>();

        service.restore(CTX, snapshot("s-1", "available"), false)
                .onSuccess(s -> started.add(s.status())).onFailure(problems::add);
        SnapshotRestore plain = client.lastRestore;
        service.restore(CTX, snapshot("s-1", "available"), true)
                .onSuccess(s -> started.add(s.status())).onFailure(problems::add);

        assertThat(plain.force()).isNull();
        assertThat(client.lastRestore.force()).isTrue();
        assertThat(started).containsExactly("restoring", "restoring");
        assertThat(client.calls).containsOnly("restoreSnapshot vm-1 s-1");
    }

    @Test
    void should_turn_a_refusal_into_a_problem_with_the_situation_hint() {
        UnsupportedClient refusing = new UnsupportedClient() {
            @Override
            public void deleteSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
                throw PowerVsException.builder(ErrorCategory.INVALID_REQUEST, new ApiOperation("DELETE", "/s"),
                        "status.400").status(400).build();
            }
        };
        SnapshotService failing = new SnapshotService(refusing, executor, Duration.ofSeconds(5), Duration.ofSeconds(20));
        boolean[] done = {false};

        failing.delete(CTX, "s-1", "before-patch").onDone(() -> done[0] = true).onFailure(problems::add);

        assertThat(done[0]).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.hint()).isNotBlank();
        });
    }

    @Test
    void should_check_snapshot_names_and_restores_before_sending() {
        assertThat(SnapshotRules.name("before-patch", List.of("nightly"))).isEmpty();
        assertThat(SnapshotRules.name("nightly", List.of("nightly"))).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.snapshot.name.taken"));
        assertThat(SnapshotRules.name("with space", List.of())).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.snapshot.name.pattern"));
        assertThat(SnapshotRules.name("x".repeat(121), List.of())).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.snapshot.name.tooLong"));
        assertThat(SnapshotRules.name("  ", List.of())).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.snapshot.name.required"));
        assertThat(SnapshotRules.restore("ACTIVE", false)).isPresent();
        assertThat(SnapshotRules.restore("ACTIVE", true)).isEmpty();
        assertThat(SnapshotRules.restore("SHUTOFF", false)).isEmpty();
    }
}
