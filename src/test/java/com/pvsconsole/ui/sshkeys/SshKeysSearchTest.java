package com.pvsconsole.ui.sshkeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.resources.SshKeyService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The SSH keys page's filter box narrows the table with the search language (real simulator over HTTP). */
@ExtendWith(ApplicationExtension.class)
class SshKeysSearchTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private SimulatedWorkspace ws;
    private SshKeysViewModel model;

    @Start
    void start(Stage stage) {
        ws = SimulatedWorkspace.start(0.01);
        ws.open();
        model = new SshKeysViewModel(ws.inventory(), ws.scope(), new SshKeyService(ws.client(), ws.executor()),
                new ScriptedDialogs(), messages);
        stage.setScene(new Scene(new SshKeysView(model, new ScriptedDialogs(), messages).root(), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<KeyLine> shown(FxRobot robot) {
        TableView<KeyLine> table = robot.lookup("#ssh-keys-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void should_filter_the_keys_by_a_typed_query(FxRobot robot) {
        // given the account's keys
        List<KeyLine> all = shown(robot);
        assertThat(all).hasSizeGreaterThan(1);
        KeyLine first = all.get(0);

        // when the first key's name is typed as free text
        robot.clickOn("#ssh-keys-search").write(first.name());
        WaitForAsyncUtils.waitForFxEvents();

        // then the table keeps the keys that mention it, and fewer than all
        assertThat(shown(robot)).contains(first).hasSizeLessThan(all.size());

        // and negating it leaves the others
        robot.interact(() -> model.search().textProperty().set("-name:\"" + first.name() + "\""));
        assertThat(shown(robot)).doesNotContain(first).isNotEmpty();
    }
}
