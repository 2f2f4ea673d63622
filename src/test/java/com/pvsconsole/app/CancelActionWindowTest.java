package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.service.journal.JournalState;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.InstanceTables;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.instances.InstanceRow;
import com.pvsconsole.ui.shell.Page;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A slow service: an action whose request has not been answered can be cancelled from the
 * Activity page, and the console says what that leaves behind instead of "failed" or "accepted".
 * The real window, against the simulator over HTTP with the action's POST held back.
 */
@ExtendWith(ApplicationExtension.class)
class CancelActionWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES);

    @Test
    void should_cancel_a_stop_still_on_its_way_from_activity_and_say_it_may_have_been_made(FxRobot robot)
            throws Exception {
        // given a service that takes 20 s to answer a server action, and an ACTIVE server selected
        window.control().addFault("{\"route\":\"POST /pcloud/v1/cloud-instances/*/pvm-instances/*/action\","
                + "\"type\":\"latency\",\"latencyMs\":20000}");
        InstanceRow row = InstanceTables.selectIdle(robot, "ACTIVE");
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());
        robot.clickOn("#action-stop");
        waitUntil(() -> robot.lookup("#confirm-button").tryQuery().isPresent());
        robot.clickOn("#confirm-button");
        waitUntil(row::isBusy);

        // when the user opens Activity and cancels the request there
        window.console().show(Page.ACTIVITY);
        SimulatedConsole.waitForVisible(robot, ".activity-cancel");
        robot.clickOn(".activity-cancel");

        // then the row is no longer busy and keeps its status; Activity has it as cancelled
        waitUntil(() -> !row.isBusy());
        assertThat(row.status()).isEqualTo("ACTIVE");
        ActivityLog activity = window.console().services().activity();
        waitUntil(() -> activity.running().stream().noneMatch(e -> row.name().equals(e.target())));
        assertThat(activity.history()).filteredOn(e -> row.name().equals(e.target()))
                .extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.CANCELLED);
        // and the action journal does not claim "not done" for a request the service may still carry out
        // (the simulator does, 20 s later): it stays unsettled, to be checked at the next start
        ActionJournal journal = window.console().services().journal();
        waitUntil(() -> journal.entries().stream().anyMatch(e -> row.id().equals(e.target().resourceId())
                && e.state() == JournalState.ANSWER_LOST));
        assertThat(journal.entries()).filteredOn(e -> row.id().equals(e.target().resourceId()))
                .extracting(JournalEntry::state).containsExactly(JournalState.ANSWER_LOST);
        // and the result line says what a cancel on the wire means
        window.console().show(Page.INSTANCES);
        Label result = robot.lookup("#action-result").queryAs(Label.class);
        waitUntil(() -> result.isVisible() && result.getText().contains(row.name()));
        assertThat(result.getText()).contains("cancelled on its way").contains("may still carry it out");
        // and a line too long for the window can be read whole in its tooltip
        assertThat(result.getTooltip()).isNotNull();
        assertThat(result.getTooltip().getText()).contains(row.name()).contains("cancelled on its way");
    }
}
