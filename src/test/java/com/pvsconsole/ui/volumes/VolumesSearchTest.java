package com.pvsconsole.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Volumes page's filter box narrows the table with the search language (real simulator over HTTP). */
@ExtendWith(ApplicationExtension.class)
class VolumesSearchTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private SimulatedWorkspace ws;
    private VolumesViewModel model;

    @Start
    void start(Stage stage) {
        ws = SimulatedWorkspace.start(0.01);
        model = new VolumesViewModel(ws.inventory(), ws.scope(),
                new VolumeService(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)),
                new WorkspaceCatalog(ws.client(), ws.executor()), new ScriptedDialogs(), messages);
        VolumeChangesViewModel changes = new VolumeChangesViewModel(model,
                new VolumeChanges(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)),
                new ScriptedDialogs(), messages);
        stage.setScene(new Scene(new VolumesView(model, changes, new ScriptedDialogs(), messages).root(), 1100, 600));
        stage.show();
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<VolumeRow> shown(FxRobot robot) {
        TableView<VolumeRow> table = robot.lookup("#volumes-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void should_filter_the_rows_by_a_typed_query_and_show_them_all_after_escape(FxRobot robot) {
        // given the demo workspace's volumes, some attached and some not
        List<VolumeRow> all = shown(robot);
        assertThat(all).anyMatch(r -> r.state().equals("in-use")).anyMatch(r -> !r.state().equals("in-use"));

        // when a negated status term is typed
        robot.clickOn("#volumes-search").write("-status:in-use");
        WaitForAsyncUtils.waitForFxEvents();

        // then only volumes not in use remain
        assertThat(shown(robot)).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(r -> assertThat(r.state()).isNotEqualTo("in-use"));

        // and the count follows; Escape clears the box (no completion is open: the value is complete)
        assertThat(robot.lookup("#volumes-count").queryLabeled().getText())
                .isEqualTo(String.valueOf(shown(robot).size()));
        robot.push(KeyCode.ESCAPE);
        assertThat(model.search().textProperty().get()).isEmpty();
        assertThat(shown(robot)).hasSameSizeAs(all);
    }

    @Test
    void should_say_that_nothing_matches_rather_than_that_the_workspace_is_empty(FxRobot robot) {
        TableView<VolumeRow> table = robot.lookup("#volumes-table").queryTableView();
        robot.interact(() -> model.search().textProperty().set("no-such-volume-anywhere"));

        assertThat(shown(robot)).isEmpty();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .isEqualTo("No volumes match the search");
    }

    @Test
    void should_say_that_a_server_key_does_not_apply_to_volumes(FxRobot robot) {
        robot.interact(() -> model.search().textProperty().set("proc>=4"));

        assertThat(robot.lookup("#volumes-search-error").queryLabeled().getText())
                .isEqualTo("'proc' does not apply to volumes");
    }
}
