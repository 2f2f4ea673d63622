package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.accounts.FakeKeychain;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Settings survive a restart of the app's wiring; a damaged settings file is set aside with a notice. */
class SettingsRestoreTest extends ConsoleOnSimulatorTest {

    private ComboBox<WorkspaceScope> workspacePicker(FxRobot robot) {
        return robot.lookup("#workspace-picker").queryComboBox();
    }

    private static TableColumn<?, ?> column(FxRobot robot, String id) {
        TableView<?> table = robot.lookup("#instance-table").queryTableView();
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void should_restore_account_location_window_theme_and_columns_after_a_restart(FxRobot robot) throws Exception {
        // given a console where the user added an account, then changed workspace, theme, window and columns
        SecretStoreFactory keychain = ConsoleFixture.keychain(new FakeKeychain());
        app = new ConsoleFixture(home, stage, robot);
        app.open(app.load(Map.of(), List.of(), keychain));
        waitUntil(() -> robot.lookup("#account-menu").tryQuery().isPresent());
        AddAccountDialogTest.fillDialog(robot, "Prod", REAL_KEY, sim.iamUrl(), sim.regionUrlTemplate());
        robot.clickOn("#connect-button");
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod")
                && workspacePicker(robot).getValue() != null && workspacePicker(robot).getItems().size() > 1);
        WorkspaceScope chosen = workspacePicker(robot).getItems().get(1);
        String region = app.context().settings().current().region();
        robot.interact(() -> {
            workspacePicker(robot).setValue(chosen);
            stage.setWidth(1111);
            stage.setHeight(700);
        });
        robot.clickOn("#theme-toggle");
        robot.clickOn("#nav-instances"); // several workspaces: the console opened on All servers
        robot.interact(() -> column(robot, "col-os").setVisible(false));
        app.close();

        // when the console starts again from what is on disk
        app = new ConsoleFixture(home, stage, robot);
        app.open(app.load(Map.of(), List.of(), keychain));

        // then it opens the same account, region, workspace, theme, window size and columns
        try {
            waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod")
                    && chosen.equals(workspacePicker(robot).getValue()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("picker shows " + workspacePicker(robot).getValue() + ", expected " + chosen
                    + ", saved " + app.context().settings().current().workspaceId() + ", account shown "
                    + ConsoleFixture.accountShown(robot, "Prod"), e);
        }
        assertThat(app.context().settings().current().region()).isEqualTo(region);
        assertThat(app.context().theme().darkProperty().get()).isTrue();
        assertThat(stage.getWidth()).isEqualTo(1111);
        assertThat(stage.getHeight()).isEqualTo(700);
        robot.clickOn("#nav-instances");
        assertThat(column(robot, "col-os").isVisible()).isFalse();
        assertThat(column(robot, "col-name").isVisible()).isTrue();
    }

    @Test
    void should_use_defaults_keep_a_backup_and_tell_the_user_when_the_settings_file_is_damaged(FxRobot robot)
            throws Exception {
        // given a settings file that is not JSON
        app = new ConsoleFixture(home, stage, robot);
        Path file = app.dirs.config().resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, "{\"theme\": \"DARK\", oops");

        // when the console starts
        app.open(app.load(Map.of(), List.of(), ConsoleFixture.noKeychain()));

        // then the user is told, the damaged file is kept aside and defaults (light theme, demo) are used
        waitUntil(() -> robot.lookup("#inform-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#inform-dialog").queryAs(DialogPane.class).getContentText())
                .contains("settings file was damaged").contains(".corrupt-");
        try (Stream<Path> files = Files.list(app.dirs.config())) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-"))
                    .toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.readString(backups.get(0))).isEqualTo("{\"theme\": \"DARK\", oops");
        }
        assertThat(app.context().theme().darkProperty().get()).isFalse();
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Demo account"));
        assertThat(robot.lookup("#demo-badge").query().isVisible()).isTrue();
    }
}
