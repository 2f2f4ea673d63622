package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.service.accounts.AccountKind;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.AccountRepository;
import com.pvsconsole.service.accounts.FakeKeychain;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.settings.SettingsStore;
import com.pvsconsole.sim.PowerVsSimulator;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The add-account dialog on the app's real wiring, against the simulator acting as IAM and Power VS. */
class AddAccountDialogTest extends ConsoleOnSimulatorTest {

    private void openConsole(FxRobot robot, SecretStoreFactory keys) throws Exception {
        app = new ConsoleFixture(home, stage, robot);
        app.open(app.load(Map.of(), List.of(), keys));
        waitUntil(() -> robot.lookup("#account-menu").tryQuery().isPresent()
                && !robot.lookup("#workspace-picker").queryComboBox().getItems().isEmpty());
    }

    /** Fills the dialog as a user would; the overrides point IAM and Power VS at the simulator. */
    static void fillDialog(FxRobot robot, String name, String key, String iamUrl, String template) {
        robot.clickOn("#account-menu").clickOn("Add account…");
        robot.clickOn("#account-name-field").write(name);
        robot.clickOn("#api-key-field").write(key);
        robot.clickOn("#advanced-pane");
        // Long URLs are set rather than typed key by key, to keep the test quick.
        robot.interact(() -> {
            robot.lookup("#iam-url-field").queryAs(TextField.class).setText(iamUrl);
            robot.lookup("#api-template-field").queryAs(TextField.class).setText(template);
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void should_add_the_account_discover_its_workspaces_and_make_it_current(FxRobot robot) throws Exception {
        // given the console on the demo with a working keychain
        FakeKeychain keychain = new FakeKeychain();
        openConsole(robot, ConsoleFixture.keychain(keychain));

        // when the user adds an account with a valid key (white space from a paste around it)
        fillDialog(robot, "Prod", "  " + REAL_KEY + " ", sim.iamUrl(), sim.regionUrlTemplate());
        robot.clickOn("#connect-button");

        // then the dialog closes, the account is listed, current, saved with its key in the keychain
        waitUntil(() -> robot.lookup("#add-account-dialog").tryQuery().isEmpty());
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod"));
        assertThat(robot.lookup("#demo-badge").query().isVisible()).isFalse();
        List<AccountProfile> accounts = app.context().accounts().accounts();
        assertThat(accounts).extracting(AccountProfile::name).containsExactly("Demo", "Prod");
        assertThat(app.context().accounts().current().kind()).isEqualTo(AccountKind.IBM_CLOUD);
        assertThat(keychain.size()).isEqualTo(1);
        assertThat(Files.readString(app.dirs.config().resolve(AccountRepository.FILE_NAME))).contains("Prod")
                .doesNotContain(REAL_KEY);
        // and every workspace of the account was discovered, the first one opened
        assertThat(robot.lookup(".toast").queryAs(Label.class).getText())
                .contains(sim.workspaces().size() + " workspace(s) found");
        ComboBox<?> workspaces = robot.lookup("#workspace-picker").queryComboBox();
        waitUntil(() -> workspaces.getValue() != null);
        assertThat(sim.workspaces()).extracting(PowerVsSimulator.WorkspaceInfo::region)
                .contains(app.context().settings().current().region());
        // and the account menu lists both accounts
        robot.clickOn("#account-menu");
        assertThat(robot.lookup("Demo account").tryQuery()).isPresent();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void should_show_iams_reason_and_hint_for_a_wrong_key_and_save_nothing(FxRobot robot) throws Exception {
        // given the console on the demo
        openConsole(robot, ConsoleFixture.keychain(new FakeKeychain()));

        // when the user connects with a key IAM does not know
        fillDialog(robot, "Prod", "wrong-" + REAL_KEY, sim.iamUrl(), sim.regionUrlTemplate());
        robot.clickOn("#connect-button");

        // then IAM's reason and the catalog's hint are shown in the dialog, nothing is saved
        waitUntil(() -> robot.lookup("#add-account-problem").query().isVisible());
        assertThat(text(robot, "#add-account-problem-title")).contains("API key not accepted");
        assertThat(text(robot, "#add-account-problem-hint")).contains("Create a new API key");
        assertThat(text(robot, "#add-account-problem-server")).contains("could not be found");
        assertThat(Files.exists(app.dirs.config().resolve(AccountRepository.FILE_NAME))).isFalse();
        assertThat(app.context().accounts().accounts()).hasSize(1);
        // and what the user typed is still there to correct
        assertThat(robot.lookup("#account-name-field").queryAs(TextField.class).getText()).isEqualTo("Prod");
        assertThat(robot.lookup("#api-key-field").queryAs(TextField.class).getText()).isEqualTo("wrong-" + REAL_KEY);
        assertThat(robot.lookup("#connect-button").query().isDisabled()).isFalse();
    }

    @Test
    void should_show_the_network_hint_when_iam_cannot_be_reached(FxRobot robot) throws Exception {
        // given the console on the demo and a port nothing listens on
        openConsole(robot, ConsoleFixture.keychain(new FakeKeychain()));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        // when the user connects with an IAM URL that refuses connections
        fillDialog(robot, "Prod", REAL_KEY, "http://127.0.0.1:" + closedPort, sim.regionUrlTemplate());
        robot.clickOn("#connect-button");

        // then the dialog says the connection was refused and what to check
        waitUntil(() -> robot.lookup("#add-account-problem").query().isVisible());
        assertThat(text(robot, "#add-account-problem-title")).contains("Connection refused");
        assertThat(text(robot, "#add-account-problem-hint")).contains("proxy and firewall");
        assertThat(app.context().accounts().accounts()).hasSize(1);
    }

    @Test
    void should_keep_the_key_for_the_session_and_say_so_when_no_keychain_is_reachable(FxRobot robot)
            throws Exception {
        // given a machine without a keychain
        openConsole(robot, ConsoleFixture.noKeychain());

        // when the user adds an account
        fillDialog(robot, "Prod", REAL_KEY, sim.iamUrl(), sim.regionUrlTemplate());
        robot.clickOn("#connect-button");

        // then the account works for this session and the user is told the key will not be kept
        waitUntil(() -> robot.lookup("#inform-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#inform-dialog").queryAs(DialogPane.class).getContentText())
                .isEqualTo(SecretStoreFactory.SESSION_ONLY_NOTICE);
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod"));
        assertThat(Files.readString(app.dirs.config().resolve(AccountRepository.FILE_NAME))).doesNotContain(REAL_KEY);
        assertThat(Files.readString(app.dirs.config().resolve(SettingsStore.FILE_NAME))).doesNotContain(REAL_KEY);
    }

    @Test
    void should_flag_missing_fields_beside_them_without_calling_iam(FxRobot robot) throws Exception {
        // given the dialog open
        openConsole(robot, ConsoleFixture.keychain(new FakeKeychain()));
        int tokensBefore = sim.issuedTokenCount();
        robot.clickOn("#account-menu").clickOn("Add account…");

        // when the user connects with nothing filled in
        robot.clickOn("#connect-button");

        // then name and key are flagged and IAM was not asked
        assertThat(robot.lookup("#name-problem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#key-problem").query().isVisible()).isTrue();
        assertThat(sim.issuedTokenCount()).isEqualTo(tokensBefore);
    }

    @Test
    void should_remove_the_current_account_and_its_key_after_typing_its_name(FxRobot robot) throws Exception {
        // given an added account
        FakeKeychain keychain = new FakeKeychain();
        openConsole(robot, ConsoleFixture.keychain(keychain));
        fillDialog(robot, "Prod", REAL_KEY, sim.iamUrl(), sim.regionUrlTemplate());
        robot.clickOn("#connect-button");
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Prod"));

        // when the user removes it and types its name to confirm
        robot.clickOn("#account-menu").clickOn("Remove account…");
        robot.clickOn("#delete-name-field").write("Prod");
        robot.clickOn("#delete-confirm-button");

        // then it is gone with its key, and the console is back on the demo
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Demo account"));
        assertThat(keychain.size()).isZero();
        assertThat(app.context().accounts().accounts()).extracting(AccountProfile::name).containsExactly("Demo");
        Node badge = robot.lookup("#demo-badge").query();
        assertThat(badge.isVisible()).isTrue();
    }
}
