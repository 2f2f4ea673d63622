package com.pvsconsole.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.service.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingTest {

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<String> seen = new ArrayList<>();

    @Test
    void should_deliver_the_result_to_callbacks_attached_before_the_work_ends() {
        // given
        Pending<String> pending = executor.start(BackgroundTask.of("Grow volume", "data1", token -> "grown"));
        pending.onSuccess(seen::add).onFailure(problem -> seen.add("failed"));

        // when
        executor.runAll();

        // then
        assertThat(seen).containsExactly("grown");
        assertThat(pending.isDone()).isTrue();
    }

    @Test
    void should_replay_an_outcome_to_a_callback_attached_after_the_work_ended() {
        // given: an inline executor ends the work before start() returns
        Pending<String> pending = new CurrentThreadTaskExecutor()
                .start(BackgroundTask.of("Rename volume", "data1", token -> "renamed"));

        // when
        pending.onSuccess(seen::add);

        // then
        assertThat(seen).containsExactly("renamed");
    }

    @Test
    void should_deliver_a_failure_only_to_failure_callbacks() {
        // given
        Pending<String> pending = executor.start(BackgroundTask.of("Delete volume", "data1", token -> {
            throw PowerVsException.builder(ErrorCategory.CONFLICT, new ApiOperation("DELETE", "/volumes/{id}"),
                    "status.409").status(409).build();
        }));
        pending.onSuccess(seen::add).onFailure(problem -> seen.add("failed " + problem.status()));

        // when
        executor.runAll();

        // then
        assertThat(seen).containsExactly("failed 409");
    }

    @Test
    void should_run_only_cancellation_callbacks_after_cancel() {
        // given
        Pending<String> pending = executor.start(BackgroundTask.of("Clone volume", "data1", token -> "clone"));
        pending.onSuccess(seen::add).onCancelled(() -> seen.add("cancelled"));

        // when
        pending.cancel();
        executor.runAll();

        // then
        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void should_keep_the_task_s_own_callbacks_and_run_them_first() {
        // given
        BackgroundTask<String> task = BackgroundTask.of("Resize", "vm1", token -> "done").onSuccess(r -> seen.add("task"));
        executor.start(task).onSuccess(r -> seen.add("handle"));

        // when
        executor.runAll();

        // then
        assertThat(seen).containsExactly("task", "handle");
    }

    @Test
    void should_map_the_result_and_pass_cancel_through() {
        // given
        Pending<String> source = executor.start(BackgroundTask.of("List", "ws", token -> "abc"));
        Pending<Integer> length = source.map(String::length);
        List<Integer> lengths = new ArrayList<>();
        length.onSuccess(lengths::add);

        // when
        executor.runAll();

        // then
        assertThat(lengths).containsExactly(3);

        // and: cancelling a mapped handle cancels its source
        Pending<String> other = executor.start(BackgroundTask.of("List", "ws", token -> "x"));
        other.map(String::length).cancel();
        assertThat(other.isDone()).isTrue();
    }

    @Test
    void should_report_failed_and_done_handles_without_work() {
        Problem refused = new Problem("Grow volume", 0, "Smaller than today", "", "", "", false);
        List<Problem> problems = new ArrayList<>();

        Pending.<String>failed(refused).onFailure(problems::add).onSuccess(seen::add);
        Pending.done("ready").onSuccess(seen::add);

        assertThat(problems).containsExactly(refused);
        assertThat(seen).containsExactly("ready");
    }
}
