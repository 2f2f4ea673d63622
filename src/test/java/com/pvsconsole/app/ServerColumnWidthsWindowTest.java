package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.ui.instances.InstanceRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * All servers keeps every value readable when columns are hidden: the remaining columns keep
 * their width (the table scrolls sideways when they do not fit), and a sorted header keeps its text.
 */
@ExtendWith(ApplicationExtension.class)
class ServerColumnWidthsWindowTest {

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

    private static TableView<InstanceRow> servers(FxRobot robot) {
        return robot.lookup("#servers-table").queryTableView();
    }

    private static TableColumn<?, ?> column(FxRobot robot, String id) {
        return servers(robot).getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void should_keep_names_and_operating_systems_whole_when_columns_are_hidden(FxRobot robot) throws Exception {
        // given the demo's All servers at 1280x800, every workspace loaded
        console = new ConsoleFixture(home, main, robot).windowSize(1280, 800);
        console.open(console.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent() && servers(robot).getItems().size() > 3
                && !console.services().inventory().isLoading());

        // when the user hides Region and Health and sorts by Memory
        robot.interact(() -> {
            column(robot, "col-region").setVisible(false);
            column(robot, "col-health").setVisible(false);
            TableColumn<InstanceRow, ?> memory = servers(robot).getColumns().stream()
                    .filter(c -> "col-memory".equals(c.getId())).findFirst().orElseThrow();
            servers(robot).getSortOrder().setAll(List.of(memory));
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then every shown name and operating system fits its column, drawn whole
        for (String id : List.of("col-name", "col-os")) {
            List<TableCell<?, ?>> cells = shownCells(robot, id);
            assertThat(cells).as("cells shown in %s", id).isNotEmpty();
            for (TableCell<?, ?> cell : cells) {
                double needed = textWidth(cell.getText(), cell) + cell.snappedLeftInset() + cell.snappedRightInset();
                assertThat(column(robot, id).getWidth()).as("%s wide enough for '%s'", id, cell.getText())
                        .isGreaterThanOrEqualTo(needed);
                assertThat(drawn(cell)).as("%s draws '%s' whole", id, cell.getText()).isEqualTo(cell.getText());
            }
        }
        // and at least one long operating system was among them (the demo's "SUSE Linux Enterprise Server")
        assertThat(shownCells(robot, "col-os")).anyMatch(cell -> cell.getText().length() > 20);

        // and the sorted Memory header shows its whole text next to the sort arrow
        Node memoryHeader = servers(robot).lookupAll(".column-header").stream()
                .filter(header -> "col-memory".equals(header.getId())).findFirst().orElseThrow();
        Label label = (Label) memoryHeader.lookup(".label");
        assertThat(drawn(label)).isEqualTo(column(robot, "col-memory").getText());
    }

    @Test
    void should_scroll_sideways_rather_than_cut_when_the_columns_do_not_fit(FxRobot robot) throws Exception {
        // given the demo's All servers in a 1024x768 window, with every column shown
        console = new ConsoleFixture(home, main, robot).windowSize(1024, 768);
        console.open(console.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent() && servers(robot).getItems().size() > 3
                && !console.services().inventory().isLoading());
        WaitForAsyncUtils.waitForFxEvents();

        // then the table offers a horizontal scroll bar, and the operating systems are drawn whole
        assertThat(horizontalBarShown(robot)).isTrue();
        for (TableCell<?, ?> cell : shownCells(robot, "col-os")) {
            assertThat(drawn(cell)).isEqualTo(cell.getText());
        }
    }

    @Test
    void should_give_spare_width_to_the_name_when_few_columns_are_shown(FxRobot robot) throws Exception {
        // given the demo's All servers at 1280x800
        console = new ConsoleFixture(home, main, robot).windowSize(1280, 800);
        console.open(console.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent() && servers(robot).getItems().size() > 3
                && !console.services().inventory().isLoading());
        WaitForAsyncUtils.waitForFxEvents();
        double nameBefore = column(robot, "col-name").getWidth();
        double osBefore = column(robot, "col-os").getWidth();

        // when five columns are hidden, leaving fewer than the table's width
        robot.interact(() -> List.of("col-region", "col-health", "col-processors", "col-ips", "col-created")
                .forEach(id -> column(robot, id).setVisible(false)));
        WaitForAsyncUtils.waitForFxEvents();

        // then the name takes the spare width, the others keep theirs, and nothing scrolls sideways
        assertThat(column(robot, "col-name").getWidth()).isGreaterThan(nameBefore);
        assertThat(column(robot, "col-os").getWidth()).isEqualTo(osBefore);
        assertThat(horizontalBarShown(robot)).as("horizontal scroll bar").isFalse();
    }

    @Test
    void should_keep_names_and_a_sorted_short_header_whole_on_volumes(FxRobot robot) throws Exception {
        // given the demo's Volumes in a 1024x768 window
        console = new ConsoleFixture(home, main, robot).windowSize(1024, 768);
        console.open(console.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));
        waitUntil(() -> console.window() != null && console.shell().workspaceProperty().get() != null);
        robot.clickOn("#nav-volumes");
        waitUntil(() -> robot.lookup("#volumes-table").tryQuery().isPresent()
                && !robot.lookup("#volumes-table").queryTableView().getItems().isEmpty());
        TableView<?> volumes = robot.lookup("#volumes-table").queryTableView();
        TableColumn<?, ?> tier = volumes.getColumns().stream().filter(c -> "Tier".equals(c.getText()))
                .findFirst().orElseThrow();

        // when the user sorts by Tier, the narrowest header
        robot.interact(() -> sortBy(volumes, tier));
        WaitForAsyncUtils.waitForFxEvents();

        // then its header keeps its text beside the arrow, and every shown name is drawn whole
        Label label = (Label) volumes.lookupAll(".column-header").stream()
                .filter(header -> header instanceof javafx.scene.control.skin.TableColumnHeader shown
                        && shown.getTableColumn() == tier)
                .findFirst().orElseThrow().lookup(".label");
        assertThat(drawn(label)).isEqualTo("Tier");
        TableColumn<?, ?> name = volumes.getColumns().get(0);
        List<TableCell<?, ?>> names = volumes.lookupAll(".table-cell").stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() == name
                        && !cell.isEmpty() && cell.getText() != null)
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node).toList();
        assertThat(names).isNotEmpty().allSatisfy(cell -> assertThat(drawn(cell)).isEqualTo(cell.getText()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(List.of(column));
    }

    private static boolean horizontalBarShown(FxRobot robot) {
        return servers(robot).lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof ScrollBar scroll
                        && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scroll.isVisible());
    }

    /** The non-empty cells of a column that the table has laid out. */
    private static List<TableCell<?, ?>> shownCells(FxRobot robot, String columnId) {
        return servers(robot).lookupAll(".table-cell").stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                        && cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                        && cell.getText() != null && !cell.getText().isEmpty())
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .toList();
    }

    /** What the skin draws: the value, or the value cut to end in an ellipsis. */
    private static String drawn(javafx.scene.control.Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    private static double textWidth(String text, javafx.scene.control.Labeled labeled) {
        Text probe = new Text(text);
        probe.setFont(labeled.getFont());
        return probe.getLayoutBounds().getWidth();
    }
}
