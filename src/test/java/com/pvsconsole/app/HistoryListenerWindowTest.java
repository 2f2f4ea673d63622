package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.shell.Page;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The History page follows the account's journal while its window lives, and lets go of the journal's
 * listener when the window is closed (as when another account's window replaces it): the journal outlives
 * the window, and a listener left behind would keep the old page and its table alive and refreshing.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryListenerWindowTest {

    private static PowerVsSimulator sim;

    @TempDir
    Path home;
    private Stage main;
    private ConsoleFixture console;

    @BeforeAll
    static void startSimulator() {
        sim = ConsoleFixture.startSimulator();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @Start
    void start(Stage stage) {
        main = stage;
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.closeOtherWindows();
            console.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<JournalEntry> history(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    private static JournalEntry stop(ActionJournal journal, ConsoleServices services, String instanceId) {
        CodeTarget target = CodeTarget.of(services.inventory().workspaces().get(0).context(), "listener-test");
        return journal.begin("listener-test", target,
                new CodeAction.InstancePower(new CodeAction.Ref(instanceId, instanceId), InstanceAction.STOP));
    }

    @Test
    void should_stop_following_the_journal_once_its_window_is_closed(FxRobot robot) throws Exception {
        // given History shown, and following the journal: a new entry appears in its table
        console = new ConsoleFixture(home, main, robot).openOn(sim);
        console.show(Page.HISTORY);
        waitUntil(() -> robot.lookup("#history-table").tryQuery().isPresent());
        TableView<JournalEntry> table = history(robot);
        ActionJournal journal = console.services().journal();
        ConsoleServices services = console.services();
        waitUntil(() -> !services.inventory().workspaces().isEmpty());
        JournalEntry seen = stop(journal, services, "vm-seen");
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.id().equals(seen.id())));
        List<String> shownBefore = table.getItems().stream().map(JournalEntry::id).toList();

        // when its window is closed, and the journal (which outlives it) gets another entry
        robot.interact(() -> console.window().close());
        JournalEntry after = stop(journal, services, "vm-after");
        WaitForAsyncUtils.waitForFxEvents();

        // then the closed page's table did not hear of it
        assertThat(journal.entries()).extracting(JournalEntry::id).contains(after.id());
        assertThat(table.getItems()).extracting(JournalEntry::id).containsExactlyElementsOf(shownBefore)
                .doesNotContain(after.id());
    }
}
