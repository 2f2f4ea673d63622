package com.pvsconsole.ui.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.resources.NetworkService;
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

/** The Networks page's filter box narrows the table with the search language (real simulator over HTTP). */
@ExtendWith(ApplicationExtension.class)
class NetworksSearchTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private SimulatedWorkspace ws;

    @Start
    void start(Stage stage) {
        ws = SimulatedWorkspace.start(0.01);
        NetworksViewModel model = new NetworksViewModel(ws.inventory(), ws.scope(),
                new NetworkService(ws.client(), ws.executor(), java.time.Clock.systemUTC()),
                new ScriptedDialogs(), messages);
        stage.setScene(new Scene(new NetworksView(model, new ScriptedDialogs(), messages).root(), 1100, 600));
        stage.show();
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<NetworkRow> shown(FxRobot robot) {
        TableView<NetworkRow> table = robot.lookup("#networks-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void should_filter_the_rows_by_a_typed_query(FxRobot robot) {
        // given the demo workspace's networks
        List<NetworkRow> all = shown(robot);
        assertThat(all).hasSizeGreaterThan(1);
        NetworkRow first = all.get(0);

        // when the first network's exact name is typed as a name: term
        robot.clickOn("#networks-search").write("name:\"" + first.name() + "\"");
        WaitForAsyncUtils.waitForFxEvents();

        // then the table keeps only names containing it, first among them
        assertThat(shown(robot)).contains(first).hasSizeLessThan(all.size())
                .allSatisfy(row -> assertThat(row.name()).containsIgnoringCase(first.name()));

        // and a term about the open workspace's region keeps them all, its negation none
        robot.interact(() -> robot.lookup("#networks-search").queryTextInputControl()
                .setText("region:" + ws.scope().get().region()));
        assertThat(shown(robot)).hasSameSizeAs(all);
        robot.interact(() -> robot.lookup("#networks-search").queryTextInputControl()
                .setText("-region:" + ws.scope().get().region()));
        assertThat(shown(robot)).isEmpty();
    }
}
