package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.SavedView;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.instances.InstanceRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saved views of All servers: saved from the page, listed in the navigation, opened, kept across a restart. */
@ExtendWith(ApplicationExtension.class)
class SavedViewsWindowTest {

    @TempDir
    Path home;
    private Stage main;
    private ConsoleFixture console;

    @Start
    void start(Stage stage) {
        main = stage;
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    /** Starts the console on the demo account (no key anywhere), in {@link #home}, as a fresh start would. */
    private void startConsole(FxRobot robot) throws Exception {
        console = new ConsoleFixture(home, main, robot);
        console.open(console.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
    }

    private static TableView<InstanceRow> servers(FxRobot robot) {
        return robot.lookup("#servers-table").queryTableView();
    }

    private static TableColumn<?, ?> column(FxRobot robot, String id) {
        return servers(robot).getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void should_save_a_query_with_its_columns_list_it_in_the_navigation_and_open_it_after_a_restart(FxRobot robot)
            throws Exception {
        // given the demo on All servers, filtered to its ERROR servers, without the OS column
        startConsole(robot);
        // every workspace loaded: the count is the fleet's, not a moment of the load (the restart below
        // shows the inventory this run leaves behind, all of it at once)
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent() && servers(robot).getItems().size() > 3
                && !console.services().inventory().isLoading());
        int all = servers(robot).getItems().size();
        robot.interact(() -> {
            robot.lookup("#servers-filter").queryAs(TextField.class).setText("status:error");
            column(robot, "col-os").setVisible(false);
        });
        waitUntil(() -> servers(robot).getItems().size() < all);
        int errors = servers(robot).getItems().size();
        assertThat(errors).isPositive();

        // when the user saves it as "Broken"
        robot.clickOn("#save-view-button");
        waitUntil(() -> robot.lookup("#saved-view-name").tryQuery().isPresent());
        robot.clickOn("#saved-view-name").write("Broken");
        robot.clickOn("#save-view-confirm");

        // then the navigation lists it, and the settings hold the query and the columns
        waitUntil(() -> robot.lookup("#saved-view-0").tryQuery().isPresent());
        assertThat(robot.lookup("#saved-view-0").queryButton().getText()).isEqualTo("Broken");
        SavedView saved = console.context().settings().current().savedView("Broken").orElseThrow();
        assertThat(saved.query()).isEqualTo("status:error");
        assertThat(saved.columns()).contains("col-name", "col-status").doesNotContain("col-os");

        // when the console starts again and the user opens the view
        console.close();
        startConsole(robot);
        waitUntil(() -> robot.lookup("#saved-view-0").tryQuery().isPresent()
                && robot.lookup("#servers-table").tryQuery().isPresent() && servers(robot).getItems().size() == all);
        robot.interact(() -> column(robot, "col-os").setVisible(true));
        robot.clickOn("#nav-volumes");
        robot.clickOn("#saved-view-0");

        // then All servers shows the saved query and columns again
        waitUntil(() -> servers(robot).isVisible() && servers(robot).getItems().size() == errors);
        assertThat(robot.lookup("#servers-filter").queryAs(TextField.class).getText()).isEqualTo("status:error");
        assertThat(column(robot, "col-os").isVisible()).isFalse();
        assertThat(column(robot, "col-name").isVisible()).isTrue();
    }

    @Test
    void should_delete_a_saved_view_from_its_context_menu(FxRobot robot) throws Exception {
        // given a saved view in the settings
        startConsole(robot);
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent());
        robot.interact(() -> console.context().settings().update(s -> s.withSavedView(
                new SavedView("Big", "mem>=64", List.of()))));
        console.close();
        startConsole(robot);
        waitUntil(() -> robot.lookup("#saved-view-0").tryQuery().isPresent());

        // when the user deletes it from its context menu
        javafx.scene.control.Button saved = robot.lookup("#saved-view-0").queryButton();
        robot.interact(() -> saved.getContextMenu().show(saved, javafx.geometry.Side.RIGHT, 0, 0));
        waitUntil(() -> robot.lookup("Delete saved view").tryQuery().isPresent());
        robot.clickOn("Delete saved view");

        // then it leaves the navigation and the settings
        waitUntil(() -> robot.lookup("#saved-view-0").tryQuery().isEmpty());
        assertThat(console.context().settings().current().savedViews()).isEmpty();
    }
}
