package com.pvsconsole.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.ui.common.Messages;
import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    @Start
    void start(Stage stage) throws Exception {
        ActionJournal journal = ActionJournal.open(Files.createTempDirectory("history"));
        CodeTarget target = new CodeTarget(RegionEndpoint.publicEndpoint("lon"), Crn.of("lon04", "acct", "ws-1"),
                "prod");
        JournalEntry stop = journal.begin("ops", target,
                new CodeAction.InstancePower(new CodeAction.Ref("vm-1", "web-01"), InstanceAction.STOP));
        journal.failed(stop.id(), "The server is already stopped");
        journal.begin("ops", target,
                new CodeAction.InstancePower(new CodeAction.Ref("vm-2", "db-01"), InstanceAction.START));
        HistoryView view = new HistoryView(new HistoryViewModel(journal), new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 900, 400));
        stage.show();
    }

    @Test
    void should_list_the_journal_and_narrow_it_by_search(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<JournalEntry> table = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        robot.clickOn("#history-search").write("web-01 failed");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).singleElement()
                .satisfies(e -> assertThat(e.problem()).isEqualTo("The server is already stopped"));
    }
}
