package com.pvsconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work cut into jobs runs in order, a budget's worth at once and the rest on the next pulses. */
@ExtendWith(ApplicationExtension.class)
class PulseQueueTest {

    private static final long JOB_NANOS = PulseQueue.BUDGET_NANOS;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    private static Runnable job(List<Integer> ran, int number) {
        return () -> {
            long until = System.nanoTime() + JOB_NANOS; // each job alone uses up the budget
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            ran.add(number);
        };
    }

    @Test
    void should_run_what_fits_the_budget_at_once_and_the_rest_in_order_on_later_pulses() throws Exception {
        // given jobs that each take a whole pulse's budget
        List<Integer> ran = new CopyOnWriteArrayList<>();
        PulseQueue queue = WaitForAsyncUtils.asyncFx(PulseQueue::new).get();

        // when five are queued in one FX callback, and a sixth once they wait
        List<Integer> ranInTheCallback = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 1; i <= 5; i++) {
                queue.add(job(ran, i));
            }
            List<Integer> soFar = List.copyOf(ran);
            queue.add(job(ran, 6));
            return soFar;
        }).get();

        // then the callback ran only the first, and the others follow in their order
        assertThat(ranInTheCallback).containsExactly(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 6);
        assertThat(ran).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(WaitForAsyncUtils.asyncFx(queue::isBusy).get()).isFalse();
    }

    @Test
    void should_drop_waiting_jobs_when_cleared() throws Exception {
        // given jobs waiting for pulses
        List<Integer> ran = new CopyOnWriteArrayList<>();
        PulseQueue queue = WaitForAsyncUtils.asyncFx(PulseQueue::new).get();

        // when the queue is cleared in the callback that queued them
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 1; i <= 4; i++) {
                queue.add(job(ran, i));
            }
            queue.clear();
            queue.add(job(ran, 9));
        }).get();
        WaitForAsyncUtils.waitForFxEvents(5);

        // then only the job queued before the clear ran at once, and the one after it
        assertThat(ran).containsExactly(1, 9);
    }
}
