package com.pvsconsole.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloneTaskReference;
import com.pvsconsole.api.model.CloneTaskStatus;
import com.pvsconsole.api.model.ClonedVolume;
import com.pvsconsole.api.model.UpdateVolume;
import com.pvsconsole.api.model.Volume;
import com.pvsconsole.api.model.VolumeAction;
import com.pvsconsole.api.model.VolumesCloneAsyncRequest;
import com.pvsconsole.api.model.VolumesDeleteResponse;
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

    private static final WorkspaceContext CTX = WorkspaceContext.of("us-south", EndpointType.PUBLIC,
            Crn.of("dal10", "acct", "ws-1"));

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
    }

    @Test
    void should_grow_but_never_send_a_shrink() {
        List<Double> grown = new ArrayList<>();

        changes.grow(CTX, volume("v1", 20.0, "tier3"), 50.0).onSuccess(v -> grown.add(v.size())).onFailure(problems::add);
        changes.grow(CTX, volume("v1", 50.0, "tier3"), 30.0).onSuccess(v -> grown.add(v.size())).onFailure(problems::add);

        assertThat(grown).containsExactly(50.0);
        assertThat(client.sent).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Volumes cannot shrink"));
    }

    @Test
    void should_explain_sizes_as_the_user_types() {
        assertThat(VolumeChanges.growProblem(20, 10, "tier3")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.shrink"));
        assertThat(VolumeChanges.growProblem(100, 250, "tier5k")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.tier5k"));
        assertThat(VolumeChanges.growProblem(100, 80_000, "tier1")).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.volume.tooLarge"));
        assertThat(VolumeChanges.growProblem(20, 20, "tier3")).isEmpty();
        assertThat(VolumeChanges.tierProblem(300, "tier5k")).isPresent();
        assertThat(VolumeChanges.tierProblem(300, "tier0")).isEmpty();
    }

    @Test
    void should_rename_set_bootable_and_change_tier_with_one_request_each() {
        Volume data = volume("v1", 20.0, "tier3");
        boolean[] tierDone = {false};

        changes.rename(CTX, data, " logs ").onFailure(problems::add);
        changes.setBootable(CTX, data, true).onFailure(problems::add);
        changes.changeTier(CTX, data, "tier1").onDone(() -> tierDone[0] = true).onFailure(problems::add);

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

        changes.clone(CTX, VolumesCloneAsyncRequest.builder().name("copy").volumeIDs(List.of("v1")).build(),
                s -> progress.add(s.percentComplete())).onSuccess(s -> finished.add(s.status())).onFailure(problems::add);
        executor.runScheduled();
        assertThat(finished).isEmpty();
        executor.runScheduled();

        assertThat(progress).containsExactly(40L, 100L);
        assertThat(finished).containsExactly("completed");
        assertThat(executor.pendingScheduled()).isZero();
    }

    @Test
    void should_delete_in_bulk_only_after_the_count_was_typed() {
        List<String> summaries = new ArrayList<>();
        List<String> ids = List.of("v1", "v2", "v3");

        changes.deleteAll(CTX, ids, "2").onSuccess(r -> summaries.add(r.summary())).onFailure(problems::add);
        changes.deleteAll(CTX, ids, " 3 ").onSuccess(r -> summaries.add(r.summary())).onFailure(problems::add);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.hint()).contains("3"));
        assertThat(client.sent).containsExactly(ids);
        assertThat(summaries).containsExactly("3 volume(s) are being deleted");
    }
}
