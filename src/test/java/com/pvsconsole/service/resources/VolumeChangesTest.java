package com.pvsconsole.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.ClonedVolume;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.VolumesDeleteResponse;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeChangesTest {

    private static final WorkspaceScope SCOPE = new WorkspaceScope("acct", new RegionEndpoint("us-south",
            EndpointType.PUBLIC), "ws-1", "ws", "dal10", Crn.of("dal10", "acct", "ws-1"));

    private final ScriptedClient client = new ScriptedClient();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final VolumeChanges changes = new VolumeChanges(client, executor, Duration.ofSeconds(5),
            Duration.ofSeconds(30));
    private final List<Problem> problems = new ArrayList<>();

    private static Volume volume(String id, double size, String tier) {
        return new Volume(null, null, false, false, null, "2026-01-01T00:00:00Z", null, null, tier, null, null, null,
                "2026-01-01T00:00:00Z", null, null, "data-" + id, null, null, List.of(), null, null, null, null, null,
                false, size, "in-use", null, id, null, null, null);
    }

    private static final class ScriptedClient extends UnsupportedClient {
        final List<Object> sent = new ArrayList<>();
        final Deque<CloneTaskStatus> cloneAnswers = new ArrayDeque<>();

        @Override
        public Volume updateVolume(WorkspaceContext ctx, String volumeId, Double currentSize, UpdateVolume request,
                CancellationToken cancel) {
            sent.add(request);
            return volume(volumeId, request.size() == null ? currentSize : request.size(), "tier3");
        }

        @Override
        public void performVolumeAction(WorkspaceContext ctx, String volumeId, VolumeAction action,
                CancellationToken cancel) {
            sent.add(action);
        }

        @Override
        public CloneTaskReference cloneVolumes(WorkspaceContext ctx, VolumesCloneAsyncRequest request,
                CancellationToken cancel) {
            sent.add(request);
            return new CloneTaskReference("task-1", "/clone-tasks/task-1");
        }

        @Override
        public CloneTaskStatus getCloneTask(WorkspaceContext ctx, String cloneTaskId, CancellationToken cancel) {
            return cloneAnswers.pop();
        }

        @Override
        public VolumesDeleteResponse deleteVolumes(WorkspaceContext ctx, List<String> volumeIds,
                CancellationToken cancel) {
            sent.add(volumeIds);
            return new VolumesDeleteResponse(volumeIds.size() + " volume(s) are being deleted");
        }

        @Override
        public Volume getVolume(WorkspaceContext ctx, String volumeId, CancellationToken cancel) {
            return volume(volumeId, 1, "tier3");
        }
    }

    private static VolumeSubject subject(String id, double size) {
        return new VolumeSubject(id, "data-" + id, size, "tier3");
    }

    @Test
    void should_grow_but_never_send_a_shrink() {
        List<Double> grown = new ArrayList<>();

        changes.grow(SCOPE, subject("v1", 20.0), 50.0).onSuccess(v -> grown.add(v.size())).onFailure(problems::add);
        changes.grow(SCOPE, subject("v1", 50.0), 30.0).onSuccess(v -> grown.add(v.size())).onFailure(problems::add);

        assertThat(grown).containsExactly(50.0);
        assertThat(client.sent).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Volumes cannot shrink"));
    }

    @Test
    void should_explain_sizes_as_the_user_types() {
        assertThat(VolumeChanges.growProblem(20, 10, "tier3")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.shrink"));
        assertThat(VolumeChanges.growProblem(20, 20, "tier3")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.sameSize"));
        assertThat(VolumeChanges.growProblem(100, 250, "tier5k")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.tier5k"));
        assertThat(VolumeChanges.growProblem(100, 80_000, "tier1")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.tooLarge"));
        assertThat(VolumeChanges.growProblem(20, 21, "tier3")).isEmpty();
        assertThat(VolumeChanges.tierProblem(300, "tier5k")).isPresent();
        assertThat(VolumeChanges.tierProblem(300, "tier0")).isEmpty();
    }

    @Test
    void should_check_a_new_name_against_the_other_volumes() {
        List<String> others = List.of("logs", "Backup-1");

        assertThat(VolumeChanges.nameProblem("data", " ", others)).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.name.required"));
        assertThat(VolumeChanges.nameProblem("data", "backup-1", others)).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.name.taken"));
        assertThat(VolumeChanges.nameProblem("data", "data", others)).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.name.unchanged"));
        assertThat(VolumeChanges.nameProblem("data", "-x", others)).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.name.pattern"));
        assertThat(VolumeChanges.nameProblem("data", "data-2", others)).isEmpty();
    }

    @Test
    void should_rename_set_bootable_and_change_tier_with_one_request_each() {
        VolumeSubject data = subject("v1", 20.0);
        boolean[] tierDone = {false};

        changes.rename(SCOPE, data, " logs ").onFailure(problems::add);
        changes.setBootable(SCOPE, data, true).onFailure(problems::add);
        changes.changeTier(SCOPE, data, "tier1").onDone(() -> tierDone[0] = true).onFailure(problems::add);

        assertThat(client.sent).containsExactly(UpdateVolume.builder().name("logs").build(),
                UpdateVolume.builder().bootable(true).build(), VolumeAction.builder().targetStorageTier("tier1").build());
        assertThat(tierDone[0]).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_follow_a_clone_task_to_its_end() {
        client.cloneAnswers.add(new CloneTaskStatus(null, null, 40L, "running"));
        client.cloneAnswers.add(new CloneTaskStatus(List.of(new ClonedVolume("v9", "v1")), null, 100L, "completed"));
        List<Long> progress = new ArrayList<>();
        List<String> finished = new ArrayList<>();

        changes.clone(SCOPE, VolumesCloneAsyncRequest.builder().name("copy").volumeIDs(List.of("v1")).build(),
                s -> progress.add(s.percentComplete())).onSuccess(s -> finished.add(s.status())).onFailure(problems::add);
        executor.runScheduled();
        assertThat(finished).isEmpty();
        executor.runScheduled();

        assertThat(progress).containsExactly(40L, 100L);
        assertThat(finished).containsExactly("completed");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_stop_following_a_clone_when_cancelled() {
        client.cloneAnswers.add(new CloneTaskStatus(null, null, 40L, "running"));
        List<String> cancelled = new ArrayList<>();

        var pending = changes.clone(SCOPE, VolumesCloneAsyncRequest.builder().name("copy").volumeIDs(List.of("v1")).build(),
                s -> { }).onCancelled(() -> cancelled.add("cancelled"));
        executor.runScheduled();
        pending.cancel();

        assertThat(cancelled).containsExactly("cancelled");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_delete_in_bulk_only_after_the_count_was_typed() {
        List<VolumeSubject> volumes = List.of(subject("v1", 1), subject("v2", 1), subject("v3", 1));
        List<List<VolumeDeleteResult>> results = new ArrayList<>();

        changes.deleteAll(SCOPE, volumes, "2").onSuccess(results::add).onFailure(problems::add);
        changes.deleteAll(SCOPE, volumes, " 3 ").onSuccess(results::add).onFailure(problems::add);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.hint()).contains("3"));
        assertThat(client.sent).containsExactly(List.of("v1", "v2", "v3"));
        assertThat(results).singleElement().satisfies(r -> assertThat(r).extracting(VolumeDeleteResult::volumeId)
                .containsExactly("v1", "v2", "v3"));
    }
}
