package com.pvsconsole.service.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.Snapshot;
import com.pvsconsole.api.model.SnapshotCreate;
import com.pvsconsole.api.model.SnapshotCreateResponse;
import com.pvsconsole.api.model.SnapshotRestore;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.ResourceKind;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.OneWorkspaceClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotServiceTest {

    private final ScriptedClient client = new ScriptedClient();
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 100);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final InventoryService store = Stores.store(client, executor, Clock.systemUTC());
    private final SnapshotService service = new SnapshotService(client, executor, store, Duration.ofSeconds(5),
            Duration.ofSeconds(20));
    private final List<Problem> problems = new ArrayList<>();
    private WorkspaceScope scope;

    @BeforeEach
    void openWorkspace() {
        scope = Stores.open(store, "us-south", OneWorkspaceClient.PROD).get();
    }

    private static Snapshot snapshot(String id, String status, Long percent) {
        return new Snapshot("snapshot", "2026-11-30T10:00:00Z", null, "", null, "before-patch", percent, "vm-1", id,
                status, null, Map.of("vol-1", "copy-1"));
    }

    private static PowerVsException status(int code) {
        return PowerVsException.builder(ErrorCategory.INVALID_REQUEST, new ApiOperation("X", "/s"), "status." + code)
                .status(code).build();
    }

    /** Answers from scripts and remembers what it was asked. */
    private static final class ScriptedClient extends OneWorkspaceClient {
        final Deque<Object> gets = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        List<Snapshot> listed = List.of();
        SnapshotRestore lastRestore;
        RuntimeException refuseDelete;

        @Override
        public List<Snapshot> listSnapshots(WorkspaceContext ctx, CancellationToken cancel) {
            calls.add("listSnapshots");
            return listed;
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
            return snapshot(snapshotId, "restoring", 0L);
        }

        @Override
        public void deleteSnapshot(WorkspaceContext ctx, String snapshotId, CancellationToken cancel) {
            calls.add("deleteSnapshot " + snapshotId);
            if (refuseDelete != null) {
                throw refuseDelete;
            }
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

    private List<ActivityEntry> entries(String name) {
        return activity.history().stream().filter(e -> e.name().equals(name)).toList();
    }

    @Test
    void should_load_snapshots_into_the_store_only_when_asked() {
        client.listed = List.of(snapshot("s-1", "available", 100L));
        assertThat(client.calls).as("a lazy kind: opening the workspace lists no snapshots").isEmpty();

        store.load(scope, ResourceKind.SNAPSHOTS).onFailure(problems::add);

        assertThat(client.calls).containsExactly("listSnapshots");
        assertThat(store.isLoaded(scope, ResourceKind.SNAPSHOTS)).isTrue();
        assertThat(store.snapshots(scope)).extracting(Snapshot::snapshotID).containsExactly("s-1");
        assertThat(problems).isEmpty();
    }

    @Test
    void should_list_only_snapshots_when_a_view_needs_them_or_refreshes_them_and_not_at_a_workspace_refresh() {
        // given a workspace whose snapshots were never asked for
        client.listed = List.of(snapshot("s-1", "available", 100L));

        // when a view needs snapshots the way it needs on-demand kinds, and the workspace refreshes
        store.need(scope, ResourceKind.SNAPSHOTS).release();
        store.refresh(scope);

        // then no snapshot list was asked for: snapshots are lazy, not on demand
        assertThat(client.calls).doesNotContain("listSnapshots");

        // when the view refreshes the snapshot kind itself
        store.refresh(scope, ResourceKind.SNAPSHOTS);

        // then exactly that kind is listed, through the lazy load
        assertThat(client.calls).containsExactly("listSnapshots");
        assertThat(store.snapshots(scope)).extracting(Snapshot::snapshotID).containsExactly("s-1");
    }

    @Test
    void should_take_a_snapshot_and_follow_it_until_available_with_one_activity_entry_open_until_then() {
        // given the service answers "creating" once, then "available"
        client.gets.add(snapshot("s-1", "creating", 40L));
        client.gets.add(snapshot("s-1", "available", 100L));
        List<Snapshot> done = new ArrayList<>();

        // when a snapshot is taken
        service.create(scope, "vm-1", "aix-01", SnapshotCreate.builder().name("before-patch").build())
                .onSuccess(done::add).onFailure(problems::add);
        executor.runScheduled();

        // then after the first poll the store holds it in motion, and the Activity entry is still open
        assertThat(store.snapshots(scope)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("creating"));
        assertThat(activity.running()).extracting(ActivityEntry::name).contains("Take snapshot");
        assertThat(done).isEmpty();

        executor.runScheduled();

        assertThat(client.calls).containsExactly("createSnapshot vm-1 before-patch");
        assertThat(done).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("available"));
        assertThat(store.snapshots(scope)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("available"));
        assertThat(entries("Take snapshot")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(TaskOutcome.SUCCEEDED));
        assertThat(executor.pendingScheduled()).as("stops once it rests").isZero();
    }

    @Test
    void should_fail_a_restore_that_ends_in_restore_error_with_its_hint() {
        client.gets.add(snapshot("s-1", "restore-error", 100L));
        List<Snapshot> done = new ArrayList<>();

        service.restore(scope, snapshot("s-1", "available", 100L), true).onSuccess(done::add)
                .onFailure(problems::add);
        executor.runScheduled();

        assertThat(done).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.title()).contains("restore-error");
            assertThat(p.hint()).contains("roll");
        });
        assertThat(entries("Restore snapshot")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(TaskOutcome.FAILED));
    }

    @Test
    void should_restore_with_force_only_when_asked() {
        client.gets.add(snapshot("s-1", "available", 100L));
        client.gets.add(snapshot("s-1", "available", 100L));

        service.restore(scope, snapshot("s-1", "available", 100L), false);
        SnapshotRestore plain = client.lastRestore;
        service.restore(scope, snapshot("s-1", "available", 100L), true);

        assertThat(plain.force()).isNull();
        assertThat(client.lastRestore.force()).isTrue();
        assertThat(client.calls).containsOnly("restoreSnapshot vm-1 s-1");
    }

    @Test
    void should_end_a_delete_when_the_snapshot_is_gone_and_drop_it_from_the_store() {
        client.listed = List.of(snapshot("s-1", "available", 100L));
        store.load(scope, ResourceKind.SNAPSHOTS);
        client.gets.add(status(404));
        List<Snapshot> done = new ArrayList<>();

        service.delete(scope, snapshot("s-1", "available", 100L)).onSuccess(done::add).onFailure(problems::add);
        executor.runScheduled();

        assertThat(done).hasSize(1);
        assertThat(store.snapshots(scope)).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_turn_a_refusal_into_a_problem_with_the_situation_hint_and_follow_nothing() {
        client.refuseDelete = status(400);
        boolean[] done = {false};

        service.delete(scope, snapshot("s-1", "available", 100L)).onDone(() -> done[0] = true)
                .onFailure(problems::add);

        assertThat(done[0]).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.hint()).isNotBlank();
        });
        assertThat(executor.pendingScheduled()).isZero();
        assertThat(activity.running()).isEmpty();
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
