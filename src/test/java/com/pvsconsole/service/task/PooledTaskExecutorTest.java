package com.pvsconsole.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PooledTaskExecutorTest {

    private ExecutorService fakeUiThread;
    private PooledTaskExecutor executor;
    private final AtomicReference<Thread> uiThread = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        fakeUiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
        fakeUiThread.submit(() -> uiThread.set(Thread.currentThread())).get();
        executor = new PooledTaskExecutor(2, fakeUiThread, TaskObserver.NONE);
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
        fakeUiThread.shutdownNow();
    }

    @Test
    void should_run_work_off_the_ui_thread_and_deliver_the_result_on_it() throws Exception {
        AtomicReference<Thread> workThread = new AtomicReference<>();
        AtomicReference<Thread> callbackThread = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        executor.submit(BackgroundTask.of("Compute", "", context -> {
            workThread.set(Thread.currentThread());
            return 42;
        }).onSuccess(result -> {
            callbackThread.set(Thread.currentThread());
            delivered.countDown();
        }));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workThread.get()).isNotSameAs(uiThread.get());
        assertThat(callbackThread.get()).isSameAs(uiThread.get());
    }

    @Test
    void should_turn_an_exception_into_a_problem_without_stack_trace() throws Exception {
        AtomicReference<Problem> problem = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        executor.submit(BackgroundTask.of("Load", "ws", context -> {
            throw new java.io.IOException("connection refused");
        }).onFailure(p -> {
            problem.set(p);
            delivered.countDown();
        }));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(problem.get().action()).isEqualTo("Load");
        assertThat(problem.get().retryable()).isTrue();
        assertThat(problem.get().details()).doesNotContain("at com.", "Exception");
    }

    @Test
    void should_run_cancel_hooks_and_drop_the_result_when_cancelled() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch hookRan = new CountDownLatch(1);
        List<String> callbacks = new CopyOnWriteArrayList<>();
        CountDownLatch cancelledDelivered = new CountDownLatch(1);

        TaskHandle handle = executor.submit(BackgroundTask.of("Slow", "", context -> {
            context.onCancel(hookRan::countDown);
            working.countDown();
            hookRan.await(5, TimeUnit.SECONDS);
            return "late";
        }).onSuccess(r -> callbacks.add("success"))
                .onFailure(p -> callbacks.add("failure"))
                .onCancelled(() -> {
                    callbacks.add("cancelled");
                    cancelledDelivered.countDown();
                }));
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

        fakeUiThread.submit(handle::cancel).get();

        assertThat(hookRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledDelivered.await(5, TimeUnit.SECONDS)).isTrue();
        fakeUiThread.submit(() -> { }).get(); // drain any late delivery
        assertThat(callbacks).containsExactly("cancelled");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void should_fire_scheduled_action_on_ui_thread_unless_cancelled() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        AtomicReference<Thread> firedOn = new AtomicReference<>();
        List<String> cancelledRuns = new CopyOnWriteArrayList<>();

        TaskHandle cancelled = executor.schedule(Duration.ofMillis(50), () -> cancelledRuns.add("ran"));
        cancelled.cancel();
        executor.schedule(Duration.ofMillis(100), () -> {
            firedOn.set(Thread.currentThread());
            fired.countDown();
        });

        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(firedOn.get()).isSameAs(uiThread.get());
        assertThat(cancelledRuns).isEmpty();
    }

    @Test
    void should_accept_and_drop_work_submitted_after_shutdown() {
        // given a closed executor (the window's services closed while a result was on its way)
        executor.shutdown();
        AtomicReference<String> ran = new AtomicReference<>("nothing");

        // when a late callback asks for more work and a timer
        TaskHandle work = executor.submit(BackgroundTask.of("Load tab", "", context -> "late")
                .onSuccess(ran::set));
        TaskHandle timer = executor.schedule(Duration.ZERO, () -> ran.set("timer"));

        // then nothing throws, nothing runs, and both handles are done
        assertThat(work.isDone()).isTrue();
        assertThat(timer.isDone()).isTrue();
        assertThat(ran.get()).isEqualTo("nothing");
    }

    @Test
    void should_end_work_still_followed_as_cancelled_when_shut_down() throws Exception {
        // given an entry that spans several tasks (a create followed until it settles), still open
        java.util.List<TaskOutcome> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        PooledTaskExecutor observed = new PooledTaskExecutor(1, Runnable::run, new TaskObserver() {
            @Override
            public void started(long id, BackgroundTask<?> task) {
            }

            @Override
            public void progressed(long id, double fraction, String message) {
            }

            @Override
            public void finished(long id, TaskOutcome outcome, com.pvsconsole.service.problem.Problem problem) {
                outcomes.add(outcome);
            }
        });
        observed.track("Create instance", "vm-1");
        observed.track("Stop", "vm-2").succeeded();
        // and a run still waiting for the one busy worker
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        observed.submit(BackgroundTask.of("Busy", "", context -> {
            busy.countDown();
            release.await(5, TimeUnit.SECONDS);
            return 1;
        }));
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        observed.submit(BackgroundTask.of("Queued", "", context -> 2));

        // when the console closes
        observed.shutdown();
        release.countDown();

        // then the open entry and the queued run end as cancelled, the running one ends with its own
        // answer (here: interrupted, a failure), and the finished one is not reported twice
        assertThat(outcomes).containsExactlyInAnyOrder(TaskOutcome.SUCCEEDED, TaskOutcome.CANCELLED,
                TaskOutcome.CANCELLED, TaskOutcome.FAILED);
        // and an entry asked for after the close ends at once
        observed.track("Follow", "vm-1");
        assertThat(outcomes).hasSize(5).endsWith(TaskOutcome.CANCELLED);
    }
}
