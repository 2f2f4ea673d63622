package com.pvsconsole.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalCode;
import com.pvsconsole.service.journal.JournalEntry;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    private final CodeTarget target = new CodeTarget(RegionEndpoint.publicEndpoint("lon"),
            Crn.of("lon04", "acct", "ws-1"), "prod");
    private ActionJournal journal;
    private final FormCatcher dialogs = new FormCatcher();

    /** Keeps the form a dialog was asked to show, so the test can read the code in it. */
    static final class FormCatcher extends ScriptedDialogs {
        Node form;

        @Override
        public boolean showForm(String id, String title, Node form, String confirmLabel,
                ObservableBooleanValue valid) {
            this.form = form;
            return super.showForm(id, title, form, confirmLabel, valid);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        journal = ActionJournal.open(Files.createTempDirectory("history"));
        JournalEntry stop = journal.begin("ops", target,
                new CodeAction.InstancePower(new CodeAction.Ref("vm-1", "web-01"), InstanceAction.STOP));
        journal.failed(stop.id(), "The server is already stopped");
        journal.begin("ops", target,
                new CodeAction.InstancePower(new CodeAction.Ref("vm-2", "db-01"), InstanceAction.START));
        HistoryViewModel model = new HistoryViewModel(journal,
                new JournalCode(CodeGenerator.forIbmCloud(RegionCatalog.loadDefault())),
                id -> id.equals("ws-1") ? Optional.of("production") : Optional.empty(), Platform::runLater);
        HistoryView view = new HistoryView(model, dialogs, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 1000, 400));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<JournalEntry> table(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    @Test
    void should_list_the_journal_newest_first_and_narrow_it_with_the_search_field(FxRobot robot) {
        TableView<JournalEntry> table = table(robot);
        assertThat(table.getItems()).extracting(e -> e.target().resourceName()).containsExactly("db-01", "web-01");

        robot.clickOn("#history-search").write("web-01 status:FAILED");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).singleElement()
                .satisfies(e -> assertThat(e.problem()).isEqualTo("The server is already stopped"));
    }

    @Test
    void should_show_an_entry_written_while_the_page_is_open(FxRobot robot) throws Exception {
        // written from a worker thread, as the client does
        Thread writer = new Thread(() -> journal.begin("ops", target,
                new CodeAction.DeleteVolume(new CodeAction.Ref("vol-9", "scratch"))));
        writer.start();

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        assertThat(table(robot).getItems().get(0).action()).isEqualTo("volume-delete");
    }

    @Test
    void should_offer_copy_as_code_for_an_entry_from_its_context_menu(FxRobot robot) {
        // when the user selects the stop entry and picks Copy as code in its context menu
        robot.clickOn("web-01");
        javafx.scene.control.MenuItem item = table(robot).getContextMenu().getItems().stream()
                .filter(i -> "history-menu-copy-code".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        // then the dialog shows the command that stops that server in that workspace
        assertThat(dialogs.wasAsked("form copy-as-code")).isTrue();
        TextArea cli = (TextArea) dialogs.form.lookup("#code-text-cli");
        assertThat(cli.getText()).contains("ibmcloud pi workspace target").contains(target.crn().format())
                .contains("instance action").contains("vm-1").contains("stop");
    }
}
