package com.pvsconsole.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.task.TaskOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

    private final ActivityLog log = new ActivityLog(Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC), 3);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(log);

    @Test
    void should_record_success_and_failure_with_hint_in_history_newest_first() {
        executor.submit(BackgroundTask.of("Start", "vm-1", context -> "ok"));
        executor.submit(BackgroundTask.of("Stop", "vm-2", context -> {
            throw new IOException("reset");
        }));

        assertThat(log.running()).isEmpty();
        assertThat(log.history()).extracting(ActivityEntry::name).containsExactly("Stop", "Start");
        ActivityEntry failed = log.history().get(0);
        assertThat(failed.outcome()).isEqualTo(TaskOutcome.FAILED);
        assertThat(failed.target()).isEqualTo("vm-2");
        assertThat(failed.failure()).get().extracting(p -> p.hint()).asString().isNotBlank();
    }

    @Test
    void should_keep_quiet_successes_out_of_history_but_record_quiet_failures() {
        executor.submit(BackgroundTask.of("Refresh", "ws", context -> "ok").quiet());
        executor.submit(BackgroundTask.of("Refresh", "ws", context -> {
            throw new IOException("down");
        }).quiet());

        assertThat(log.history()).hasSize(1);
        assertThat(log.history().get(0).outcome()).isEqualTo(TaskOutcome.FAILED);
    }

    @Test
    void should_bound_history_and_show_running_tasks_while_they_run() {
        for (int i = 0; i < 5; i++) {
            int n = i;
            executor.submit(BackgroundTask.of("Task " + n, "", context -> {
                assertThat(log.running()).extracting(ActivityEntry::name).containsExactly("Task " + n);
                return n;
            }));
        }

        assertThat(log.history()).extracting(ActivityEntry::name).containsExactly("Task 4", "Task 3", "Task 2");
    }

    @Test
    void should_let_the_user_cancel_a_task_that_allows_it_and_keep_it_in_history_though_quiet() {
        // given a quiet request that allows Cancel, still running
        boolean[] told = {false};
        boolean[] cancelledInside = {false};
        ActivityEntry[] seen = new ActivityEntry[1];

        // when the user cancels it while it runs
        executor.submit(BackgroundTask.of("Stop", "vm-1", context -> {
            seen[0] = log.running().get(0);
            log.cancel(seen[0].id());
            cancelledInside[0] = context.isCancelled();
            return "answer that comes too late";
        }).quiet().userCancellable().onCancelled(() -> told[0] = true));

        // then
        assertThat(seen[0].cancellable()).isTrue();
        assertThat(cancelledInside[0]).as("the work was told").isTrue();
        assertThat(told[0]).as("its submitter was told").isTrue();
        assertThat(log.running()).isEmpty();
        assertThat(log.history()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(TaskOutcome.CANCELLED);
            assertThat(e.cancellable()).isFalse();
        });
    }

    @Test
    void should_not_let_the_user_cancel_work_that_did_not_allow_it() {
        boolean[] refused = {false};
        boolean[] cancelledInside = {true};
        ActivityEntry[] seen = new ActivityEntry[1];

        executor.submit(BackgroundTask.of("Refresh", "ws", context -> {
            seen[0] = log.running().get(0);
            refused[0] = !log.cancel(seen[0].id());
            cancelledInside[0] = context.isCancelled();
            return "ok";
        }));

        assertThat(seen[0].cancellable()).isFalse();
        assertThat(refused[0]).isTrue();
        assertThat(cancelledInside[0]).isFalse();
        assertThat(log.history()).singleElement().extracting(ActivityEntry::outcome).isEqualTo(TaskOutcome.SUCCEEDED);
    }
}
