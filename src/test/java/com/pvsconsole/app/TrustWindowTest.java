package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.InstanceTables;
import com.pvsconsole.testsupport.SimulatedConsole;
import com.pvsconsole.ui.shell.Page;

import com.pvsconsole.ui.instances.InstanceRow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Trust what you see" on the real window at 1024x768 opened through the production wiring, against the simulator over HTTP:
 * risky confirmations default to Cancel and look like warnings, the pickers are never cut, and a
 * region without a workspace says so.
 */
@ExtendWith(ApplicationExtension.class)
class TrustWindowTest {

    @RegisterExtension
    static final SimulatedConsole window = SimulatedConsole.showing(Page.INSTANCES)
            .configured(console -> console.windowSize(1024, 768).browser(url -> {
                throw new IllegalStateException("no browser on this machine");
            }));

    private TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    private InstanceRow selectFirst(FxRobot robot, String status) throws TimeoutException {
        return InstanceTables.selectIdle(robot, status);
    }

    @Test
    void should_make_cancel_the_default_of_a_hard_reboot_and_style_it_as_a_warning(FxRobot robot) throws Exception {
        // given an ACTIVE instance selected
        InstanceRow row = selectFirst(robot, "ACTIVE");
        waitUntil(() -> !robot.lookup("#action-hard-reboot").queryButton().isDisabled());

        // when the user asks for a hard reboot
        robot.clickOn("#action-hard-reboot");
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());

        // then the confirmation is a warning that names the consequence, the workspace and the region
        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        assertThat(pane.getStyleClass()).contains("risky-confirmation");
        Button confirm = robot.lookup("#confirm-button").queryButton();
        Button cancel = robot.lookup("#cancel-button").queryButton();
        assertThat(confirm.getStyleClass()).contains("danger");
        assertThat(confirm.isDefaultButton()).isFalse();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(pane.getHeaderText()).contains(row.name());
        assertThat(robot.lookup("#confirm-consequence").queryAs(Label.class).getText()).contains("unsaved data");
        String workspace = window.console().shell().workspaceProperty().get().workspaceName();
        assertThat(robot.lookup("#confirm-scope").queryAs(Label.class).getText())
                .contains(workspace).contains("us-south");

        robot.interact(() -> com.pvsconsole.testsupport.NodeSnapshots.save(pane, "trust-hard-reboot-confirm"));

        // and Enter closes it without rebooting anything
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#action-result").queryAs(Label.class).getText()).isEmpty();
        assertThat(row.isBusy()).isFalse();
        assertThat(row.status()).isEqualTo("ACTIVE");
    }

    @Test
    void should_make_cancel_the_default_of_the_delete_dialog_even_with_the_name_typed(FxRobot robot) throws Exception {
        // given an instance's delete dialog with its name typed, so Delete is enabled
        InstanceRow row = selectFirst(robot, "SHUTOFF");
        waitUntil(() -> !robot.lookup("#action-delete").queryButton().isDisabled());
        robot.clickOn("#action-delete");
        waitUntil(() -> robot.lookup("#delete-dialog").tryQuery().isPresent());
        robot.clickOn("#delete-name-field").write(row.name());
        waitUntil(() -> !robot.lookup("#delete-confirm-button").queryButton().isDisabled());
        DialogPane pane = robot.lookup("#delete-dialog").queryAs(DialogPane.class);
        assertThat(pane.getStyleClass()).contains("risky-confirmation");
        assertThat(robot.lookup("#confirm-scope").queryAs(Label.class).getText()).contains("us-south");

        // when the user presses Enter in the name field
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // then the dialog closes and the instance is still there, not deleting
        waitUntil(() -> robot.lookup("#delete-dialog").tryQuery().isEmpty());
        assertThat(table(robot).getItems()).contains(row);
        assertThat(row.isBusy()).isFalse();
    }

    @Test
    void should_warn_before_a_bulk_action_and_count_the_selection(FxRobot robot) throws Exception {
        // given two ACTIVE instances selected
        waitUntil(() -> table(robot).getItems().stream().filter(r -> r.status().equals("ACTIVE")).count() >= 2);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getItems().stream().filter(r -> r.status().equals("ACTIVE")).limit(2)
                    .forEach(r -> table(robot).getSelectionModel().select(r));
        });

        // then the count says how many are selected, and the page still fits the 1024 px window
        assertThat(robot.lookup("#instance-count").queryAs(Label.class).getText()).endsWith("2 selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertInsideWindow(robot.lookup("#refresh-button").query());
        assertInsideWindow(robot.lookup("#column-chooser").query());
        robot.interact(() -> com.pvsconsole.testsupport.NodeSnapshots.save(table(robot).getScene().getRoot(),
                "trust-multi-select-1024"));

        // when the user stops both, the confirmation is a warning even for a plain stop
        waitUntil(() -> !robot.lookup("#action-stop").queryButton().isDisabled());
        robot.clickOn("#action-stop");
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#confirm-dialog").queryAs(DialogPane.class).getStyleClass())
                .contains("risky-confirmation");
        assertThat(robot.lookup("#cancel-button").queryButton().isDefaultButton()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
    }

    @Test
    void should_keep_the_table_in_place_while_rows_are_selected_and_an_invalid_term_is_typed(FxRobot robot)
            throws Exception {
        // given the instance table at 1024x768, where it starts
        waitUntil(() -> table(robot).getItems().stream().filter(r -> r.status().equals("ACTIVE")).count() >= 2);
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        double tableTop = table(robot).localToScene(table(robot).getLayoutBounds()).getMinY();

        // when an invalid term is typed (the rows stay as they were) and two rows are selected
        robot.clickOn("#instance-filter").write("mem>=lots");
        waitUntil(() -> robot.lookup("#instance-filter-error").queryLabeled().isVisible());
        robot.interact(() -> table(robot).getItems().stream().filter(r -> r.status().equals("ACTIVE")).limit(2)
                .forEach(r -> table(robot).getSelectionModel().select(r)));
        WaitForAsyncUtils.waitForFxEvents();

        // then the count and the whole reason show, and nothing above the table moved or left the window
        assertThat(robot.lookup("#instance-count").queryAs(Label.class).getText()).endsWith("2 selected");
        assertWhole(robot.lookup("#instance-filter-error").queryLabeled());
        assertThat(table(robot).localToScene(table(robot).getLayoutBounds()).getMinY()).isEqualTo(tableTop);
        assertInsideWindow(robot.lookup("#refresh-button").query());
        assertInsideWindow(robot.lookup("#column-chooser").query());
        robot.interact(() -> robot.lookup("#instance-filter").queryAs(javafx.scene.control.TextField.class).clear());
    }

    @Test
    void should_show_the_region_and_workspace_pickers_in_full_at_1024x768(FxRobot robot) throws Exception {
        // given the window at 1024x768 on the demo's first workspace
        waitUntil(() -> !table(robot).getItems().isEmpty());
        ComboBox<?> regions = robot.lookup("#region-picker").queryComboBox();
        assertThat(regions.getScene().getWidth()).isEqualTo(1024);

        // then both pickers show their whole text, and the top bar fits the window
        assertShownInFull(regions);
        assertShownInFull(robot.lookup("#workspace-picker").queryComboBox());
        assertInsideWindow(robot.lookup("#workspace-picker").query());
        assertInsideWindow(robot.lookup("#theme-toggle").query());
        // with this console's long account name ("Environment key (PVS_CONSOLE_API_KEY)") too
        assertInsideWindow(robot.lookup("#help-menu").query());
        assertInsideWindow(robot.lookup("#account-menu").query());

        // and so is every other region the user can pick
        @SuppressWarnings("unchecked")
        ComboBox<Object> anyRegion = (ComboBox<Object>) regions;
        for (Object item : java.util.List.copyOf(anyRegion.getItems())) {
            if (item.toString().contains("region=null")) {
                continue; // a geography heading
            }
            robot.interact(() -> anyRegion.setValue(item));
            assertShownInFull(regions);
            assertInsideWindow(robot.lookup("#workspace-picker").query());
        }
    }

    @Test
    void should_show_every_value_and_header_of_the_instance_table_uncut_at_1024x768(FxRobot robot) throws Exception {
        // given the demo's instances in the 1024 px window
        waitUntil(() -> !table(robot).getItems().isEmpty());
        TableView<InstanceRow> table = table(robot);
        WaitForAsyncUtils.waitForFxEvents();

        // then no header and no fixed-format value is cut to "…": the table scrolls sideways instead;
        // a free-text value (name, OS, addresses) that has to be cut is whole in its tooltip, which
        // the cell makes when the pointer first enters it
        java.util.List<javafx.scene.control.Labeled> drawn = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (Node node : table.lookupAll(".table-cell")) {
                javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) node;
                if (cell.getText() != null && !cell.getText().isBlank() && cell.isVisible()) {
                    drawn.add(cell);
                }
            }
            for (Node node : table.lookupAll(".column-header .label")) {
                drawn.add((javafx.scene.control.Labeled) node);
            }
        });
        assertThat(drawn).hasSizeGreaterThan(table.getVisibleLeafColumns().size());
        for (javafx.scene.control.Labeled cell : drawn) {
            Text text = (Text) cell.lookup(".text");
            if (!text.getText().equals(cell.getText())) { // cut: the pointer enters it (it may be scrolled off)
                robot.interact(() -> cell.fireEvent(new javafx.scene.input.MouseEvent(
                        javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, javafx.scene.input.MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null)));
            }
            if (cell.getTooltip() != null) {
                assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText());
                continue;
            }
            assertThat(text.getText()).as("drawn text of a %s", cell.getClass().getSimpleName())
                    .isEqualTo(cell.getText());
        }
    }

    @Test
    void should_say_so_and_disable_new_instance_in_a_region_without_a_workspace(FxRobot robot) throws Exception {
        // given the demo loaded on Dallas, where New instance is enabled
        waitUntil(() -> !table(robot).getItems().isEmpty());
        waitUntil(() -> !robot.lookup("#action-new-instance").queryButton().isDisabled());

        // when the user picks London, where the demo has no workspace
        robot.clickOn("#region-picker");
        robot.clickOn(robot.lookup(".list-cell").match(node -> ((ListCell<?>) node).getText() != null
                && ((ListCell<?>) node).getText().contains("(lon)")).<Node>query());

        // then the page says the region has no workspace and New instance is disabled
        waitUntil(() -> table(robot).getItems().isEmpty());
        Label placeholder = (Label) table(robot).getPlaceholder();
        waitUntil(() -> placeholder.getText().contains("no workspace"));
        assertThat(robot.lookup("#action-new-instance").queryButton().isDisabled()).isTrue();
        ComboBox<?> workspaces = robot.lookup("#workspace-picker").queryComboBox();
        waitUntil(() -> "No workspace in this region".equals(workspaces.getButtonCell().getText()));
        assertShownInFull(workspaces);
    }

    @Test
    void should_say_when_no_browser_can_be_opened_and_offer_copy(FxRobot robot) throws Exception {
        // given an ACTIVE instance's console link offered, on a machine without a browser
        selectFirst(robot, "ACTIVE");
        waitUntil(() -> !robot.lookup("#action-console").queryButton().isDisabled());
        robot.clickOn("#action-console");
        waitUntil(() -> robot.lookup("#url-dialog").tryQuery().isPresent());
        String url = robot.lookup("#url-dialog").queryAs(DialogPane.class).getContentText();

        // when the user asks to open it in the browser
        robot.clickOn(robot.lookup(".button").match(node -> "Open in browser".equals(((Button) node).getText()))
                .<Node>query());

        // then the console says no browser could be opened, and Copy puts the link on the clipboard
        waitUntil(() -> robot.lookup("#no-browser-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#no-browser-dialog").queryAs(DialogPane.class).getHeaderText())
                .contains("No browser");
        robot.clickOn("#no-browser-copy");
        waitUntil(() -> robot.lookup("#no-browser-dialog").tryQuery().isEmpty());
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(url).startsWith("http");
    }

    @Test
    void should_centre_the_window_on_the_primary_screen_on_first_start(FxRobot robot) throws Exception {
        // given a window with no saved placement
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] placed = new double[4];
        robot.interact(() -> {
            Stage fresh = new Stage();
            // when it is placed for the first time
            WindowPlacement.centreOnPrimaryScreen(fresh);
            placed[0] = fresh.getX();
            placed[1] = fresh.getY();
            placed[2] = fresh.getWidth();
            placed[3] = fresh.getHeight();
        });

        // then it lies inside the usable area with equal margins on both sides
        assertThat(placed[2]).isLessThanOrEqualTo(area.getWidth());
        assertThat(placed[3]).isLessThanOrEqualTo(area.getHeight());
        assertThat(placed[0] - area.getMinX()).isCloseTo(area.getMaxX() - (placed[0] + placed[2]),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(placed[1] - area.getMinY()).isCloseTo(area.getMaxY() - (placed[1] + placed[3]),
                org.assertj.core.data.Offset.offset(1.0));
    }

    /** The text drawn in the picker's button cell is the cell's whole text: no ellipsis. */
    private static void assertShownInFull(ComboBox<?> picker) {
        ListCell<?> cell = picker.getButtonCell();
        assertThat(cell.getText()).isNotBlank();
        Text drawn = (Text) cell.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(cell.getText());
    }

    @Test
    void should_keep_each_resource_pages_search_box_and_actions_inside_the_window_at_1024x768(FxRobot robot)
            throws Exception {
        for (Page page : java.util.List.of(Page.VOLUMES, Page.NETWORKS, Page.SNAPSHOTS, Page.SSH_KEYS)) {
            // given a resource page of the demo's first workspace in the 1024 px window
            window.console().show(page);
            String id = page == Page.SSH_KEYS ? "ssh-keys" : page.name().toLowerCase(java.util.Locale.ROOT);
            SimulatedConsole.waitForVisible(robot, "#" + id + "-search");
            WaitForAsyncUtils.waitForFxEvents();

            // then its search box and every action button are whole, inside the window
            assertInsideWindow(robot.lookup("#" + id + "-search").query());
            for (Node action : robot.lookup("#" + id + "-actions").queryAs(javafx.scene.layout.HBox.class)
                    .getChildren()) {
                assertInsideWindow(action);
            }
        }
    }

    @Test
    void should_keep_a_resource_pages_title_and_refresh_whole_while_its_search_is_invalid(FxRobot robot)
            throws Exception {
        // given the Volumes page in the 1024 px window, and a search with an invalid term and its reason
        window.console().show(Page.VOLUMES);
        SimulatedConsole.waitForVisible(robot, "#volumes-search");
        robot.interact(() -> robot.lookup("#volumes-search").queryAs(javafx.scene.control.TextField.class)
                .setText("size>=x tier:tier3 and-more-words"));
        waitUntil(() -> robot.lookup("#volumes-search-error").queryLabeled().isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        // then the title, the count and Refresh keep their whole text inside the window; the search gives way
        for (String id : java.util.List.of("#volumes-count", "#volumes-refresh")) {
            assertWhole(robot.lookup(id).queryLabeled());
            assertInsideWindow(robot.lookup(id).query());
        }
        assertWhole(robot.lookup("#volumes-page .title-4").queryLabeled());
        robot.interact(() -> robot.lookup("#volumes-search").queryAs(javafx.scene.control.TextField.class)
                .setText(""));
    }

    @Test
    void should_show_each_usage_card_of_the_overview_uncut_at_1024x768(FxRobot robot) throws Exception {
        // given the overview of the demo's first workspace in the 1024 px window
        window.console().show(Page.OVERVIEW);
        waitUntil(() -> robot.lookup("#usage-storage-limit").tryQueryAs(Label.class)
                .map(label -> !label.getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        // then every amount and limit shows its whole text (the cards once read "26.25 of 20...")
        for (String kind : java.util.List.of("instances", "processors", "memory", "storage")) {
            for (String part : java.util.List.of("value", "limit")) {
                assertWhole(robot.lookup("#usage-" + kind + "-" + part).queryAs(Label.class));
            }
        }
    }

    @Test
    void should_show_the_short_columns_of_activity_and_events_uncut_at_1024x768(FxRobot robot) throws Exception {
        // given the finished loads on the Activity page in the 1024 px window
        showRowsOf(robot, Page.ACTIVITY, "#activity-history");
        // then its times, tasks, outcomes and durations are whole, headers too (once "Finis...", "Succe...")
        assertColumnsWhole(robot, "#activity-history", java.util.Set.of("Finished", "Task", "Outcome", "Duration"));

        // given the demo's events on the Events page
        showRowsOf(robot, Page.EVENTS, "#events-table");
        // then each event's level, time and resource are whole (once "war...", "2026-11-25 ..." and "pvm-ins...")
        assertColumnsWhole(robot, "#events-table", java.util.Set.of("Level", "Time", "Resource"));
    }

    /** Shows {@code page} and waits until its {@code table} has rows, laid out. */
    private static void showRowsOf(FxRobot robot, Page page, String table) throws TimeoutException {
        window.console().show(page);
        waitUntil(() -> !robot.lookup(table).queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The header and every filled cell of the named columns show their whole text, no ellipsis. */
    private static void assertColumnsWhole(FxRobot robot, String table, java.util.Set<String> columns) {
        int checked = 0;
        for (Node node : robot.lookup(table + " .column-header").queryAll()) {
            javafx.scene.control.skin.TableColumnHeader header = (javafx.scene.control.skin.TableColumnHeader) node;
            if (header.getTableColumn() != null && columns.contains(header.getTableColumn().getText())) {
                assertWhole((javafx.scene.control.Labeled) header.lookup(".label"));
                checked++;
            }
        }
        assertThat(checked).as("headers found in " + table).isEqualTo(columns.size());
        for (Node node : robot.lookup(table + " .table-cell").queryAll()) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) node;
            if (cell.isVisible() && !cell.isEmpty() && cell.getTableColumn() != null
                    && columns.contains(cell.getTableColumn().getText()) && cell.getText() != null) {
                assertWhole(cell);
            }
        }
    }

    private static void assertWhole(javafx.scene.control.Labeled labeled) {
        javafx.scene.text.Text shown = (javafx.scene.text.Text) labeled.lookup(".text");
        assertThat(shown.getText()).as(labeled.getText()).isEqualTo(labeled.getText());
    }

    @Test
    void should_show_the_short_column_headers_of_volumes_uncut_at_1024x768(FxRobot robot) throws Exception {
        // given the Volumes page in the 1024 px window
        showRowsOf(robot, Page.VOLUMES, "#volumes-table");

        // then the size, state, shareable and bootable columns are whole (once "Size ...", "Share...", "Boot...")
        assertColumnsWhole(robot, "#volumes-table", java.util.Set.of("Size (GB)", "State", "Shareable", "Bootable"));
    }

    @Test
    void should_give_every_row_of_a_resource_table_the_same_height(FxRobot robot) throws Exception {
        // given the Volumes page of the demo's first workspace, whose rows came out 32 or 39 px high
        showRowsOf(robot, Page.VOLUMES, "#volumes-table");

        // then every row shown is as high as the others
        java.util.Set<Double> heights = robot.lookup("#volumes-table .table-row-cell").queryAll().stream()
                .filter(Node::isVisible).map(row -> row.getLayoutBounds().getHeight())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(heights).hasSize(1);
    }

    private static void assertInsideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(node.getScene().getWidth());
    }
}
